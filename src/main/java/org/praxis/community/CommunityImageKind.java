package org.praxis.community;

import java.util.Locale;

/** The pictures a community shows: a wide banner atop its pages and a square-ish logo. */
public enum CommunityImageKind {
    BANNER(5), LOGO(2);

    private final int maxMegabytes;

    CommunityImageKind(int maxMegabytes) {
        this.maxMegabytes = maxMegabytes;
    }

    /** The largest upload taken, in MB (the server's multipart limit is higher, so this one speaks first). */
    public int maxMegabytes() {
        return maxMegabytes;
    }

    public int maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    /** The name in addresses and form fields: {@code banner}, {@code logo}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommunityImageKind fromPath(String path) {
        return valueOf(path.toUpperCase(Locale.ROOT));
    }
}
