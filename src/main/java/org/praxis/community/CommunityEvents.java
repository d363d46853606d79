package org.praxis.community;

import java.time.Instant;

import org.praxis.policy.CommunityStatus;

/** Domain events of communities; e-mails and notifications react to them after commit. */
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

    /**
     * An admin or staff archived a community ({@code status} ARCHIVED) or reactivated it (ACTIVE,
     * from archived or inactive). Published only when the status people see changes.
     */
    public record CommunityStatusChanged(long communityId, String name, String slug, CommunityStatus status, long byId,
                                         Instant at) {
    }

    /**
     * A community has had no activity for 11 months: it becomes inactive at {@code inactiveFrom}
     * (a year after {@code lastActivityAt}) unless something happens; its admins are warned.
     * Published once per quiet spell: new activity or a reactivation lets it come again.
     */
    public record CommunityGoingQuiet(long communityId, String name, String slug, Instant lastActivityAt,
                                      Instant inactiveFrom) {
    }
}
