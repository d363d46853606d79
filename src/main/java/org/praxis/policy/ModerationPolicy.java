package org.praxis.policy;

/**
 * Reports, the report queue, moderators' actions on members and the moderation log. Removing
 * content follows each content's own rules ({@link DiscussionPolicy#canDelete} and the like).
 */
public final class ModerationPolicy {

    private final CommunityPolicy communities;

    ModerationPolicy(CommunityPolicy communities) {
        this.communities = communities;
    }

    /** Anyone signed in may report what they can read (the caller has checked the reading). */
    public boolean canReport(Actor actor) {
        return actor.signedIn();
    }

    /**
     * Whose posts are never held for approval (they are still warned about personal data):
     * the community's moderators and admins, and staff.
     */
    public boolean publishesWithoutApproval(Actor actor, CommunityFacts c, Relation r) {
        return r.hasRole(Role.MODERATOR) || actor.staff();
    }

    /** A community's report queue: its moderators and admins, and staff. */
    public boolean canWorkQueue(Actor actor, CommunityFacts c, Relation r) {
        return r.hasRole(Role.MODERATOR) || actor.staff();
    }

    /** Every community's queue at once, and reports about profiles made outside any community: staff. */
    public boolean canWorkAllQueues(Actor actor) {
        return actor.staff();
    }

    /** Remove reported content from the queue: moderators, admins and staff, even in an archived community. */
    public boolean canRemoveContent(Actor actor, CommunityFacts c, Relation r) {
        return r.hasRole(Role.MODERATOR) || actor.staff();
    }

    /**
     * Warn, suspend posting, remove or ban: moderators, admins and staff, never on themselves; a
     * moderator cannot act on an admin.
     */
    public boolean canSanction(Actor actor, CommunityFacts c, Relation r, long targetId, Relation target) {
        return !actor.is(targetId) && communities.canActOn(actor, c, r, target);
    }

    /** The moderation log of a community: its admins, and staff. */
    public boolean canReadLog(Actor actor, CommunityFacts c, Relation r) {
        return r.hasRole(Role.ADMIN) || actor.staff();
    }

    /** The moderation log of every community: staff. */
    public boolean canReadAllLogs(Actor actor) {
        return actor.staff();
    }

    /** The promised response time and other moderation settings: admins and staff. */
    public boolean canEditSettings(Actor actor, CommunityFacts c, Relation r) {
        return communities.canManage(actor, c, r);
    }
}
