package org.praxis.account;

/** Member directory filters; each is optional. */
public record DirectoryQuery(String name, Long institutionId, String country, String topic) {

    public static DirectoryQuery everyone() {
        return new DirectoryQuery(null, null, null, null);
    }
}
