package org.praxis.community;

/** Domain events of communities; e-mails react to them after commit. */
public final class CommunityEvents {

    private CommunityEvents() {
    }

    /**
     * Staff approved or rejected a new community; its creator is told. It carries what the
     * e-mail says, so the mail needs nothing else when it is sent (or retried).
     */
    public record CommunityReviewed(long communityId, long creatorId, String name, String slug, boolean approved,
                                    String reason) {
    }
}
