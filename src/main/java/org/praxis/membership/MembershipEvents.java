package org.praxis.membership;

/** Domain events of memberships; notifications and counters react to them after commit. */
public final class MembershipEvents {

    private MembershipEvents() {
    }

    /** Someone became a member (joined, was approved, or founded the community). */
    public record MemberJoined(long communityId, long accountId) {
    }

    /** Someone asked to join an approval community. */
    public record JoinRequested(long communityId, long accountId, java.time.Instant at) {
    }

    /** A join request was approved or rejected; the requester is told. */
    public record JoinRequestDecided(long communityId, long accountId, boolean approved, java.time.Instant at) {
    }

    /**
     * An invitation is to be e-mailed. It carries what the e-mail says about the community, so
     * the mail needs nothing from other modules when it is sent (or retried). {@code inviteeId} is
     * set when the invitation names an account (then the bell tells them too).
     */
    public record InvitationSent(long invitationId, String communityName, String communitySlug,
                                 String communityDescription, String inviterName, long communityId, Long inviteeId,
                                 long inviterId) {
    }

    /** Someone is no longer a member: left, removed, or banned. */
    public record MemberLeft(long communityId, long accountId, Reason reason) {

        /** Why the membership ended. */
        public enum Reason { LEFT, REMOVED, BANNED }
    }

    /**
     * A moderator, an admin or staff acted on a member: removed, banned, lifted a ban, suspended
     * their posting ({@code until} when it ends) or restored it. Published inside the transaction
     * that acts, so the moderation log is written with it.
     */
    public record MemberSanctioned(long communityId, long accountId, long byId, Sanction sanction, String reason,
                                   java.time.Instant until, java.time.Instant at) {

        /** What was done to the member. */
        public enum Sanction { REMOVED, BANNED, UNBANNED, POSTING_SUSPENDED, POSTING_RESTORED }
    }
}
