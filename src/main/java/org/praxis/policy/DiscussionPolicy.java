package org.praxis.policy;

/**
 * The rules for discussions, announcements, comments and reactions. Reading follows the
 * community's content rule, and an item flagged members-only is hidden from non-members even
 * where content is public. Writing is for members of a community that is not archived.
 */
public final class DiscussionPolicy {

    private final CommunityPolicy communities;

    DiscussionPolicy(CommunityPolicy communities) {
        this.communities = communities;
    }

    /** One discussion or announcement, and its comments. */
    public boolean canRead(Actor actor, CommunityFacts c, Relation r, boolean membersOnly) {
        return communities.canReadContent(actor, c, r) && (!membersOnly || r.isMember() || actor.staff());
    }

    /**
     * Attachments are working documents: members only (and staff), in every privacy, even where
     * the discussion itself is public.
     */
    public boolean canReadAttachments(Actor actor, CommunityFacts c, Relation r, boolean membersOnly) {
        return canRead(actor, c, r, membersOnly) && (r.isMember() || actor.staff());
    }

    /** Whether the members-only items of a list are shown: the list predicate of {@link #canRead}. */
    public boolean seesMembersOnly(Actor actor, Relation r) {
        return r.isMember() || actor.staff();
    }

    public boolean canStart(Actor actor, CommunityFacts c, Relation r) {
        return r.mayPost() && writable(c);
    }

    /** Announcements go to every member: moderators and admins post them. */
    public boolean canAnnounce(Actor actor, CommunityFacts c, Relation r) {
        return r.hasRole(Role.MODERATOR) && r.mayPost() && writable(c);
    }

    /** A locked discussion takes comments from moderators only. */
    public boolean canComment(Actor actor, CommunityFacts c, Relation r, boolean locked) {
        return r.mayPost() && writable(c) && (!locked || r.hasRole(Role.MODERATOR));
    }

    public boolean canReact(Actor actor, CommunityFacts c, Relation r) {
        return r.isMember() && writable(c);
    }

    /**
     * Authors edit their own text while they are members; moderators, admins and staff edit
     * anyone's. Nothing changes in an archived community.
     */
    public boolean canEdit(Actor actor, CommunityFacts c, Relation r, long authorId) {
        return writable(c) && (isAuthorPoster(actor, r, authorId) || moderates(actor, r));
    }

    /**
     * Authors delete their own text while they are members. Moderators, admins and staff remove
     * anyone's, with a reason, even in an archived community: harmful content must be able to go.
     */
    public boolean canDelete(Actor actor, CommunityFacts c, Relation r, long authorId) {
        return (writable(c) && isAuthorMember(actor, r, authorId)) || moderates(actor, r);
    }

    /** Removing someone else's text needs a reason, which the author is told. */
    public boolean needsRemovalReason(Actor actor, long authorId) {
        return !actor.is(authorId);
    }

    /** Pin and lock: moderators, admins and staff, while the community is not archived. */
    public boolean canModerate(Actor actor, CommunityFacts c, Relation r) {
        return writable(c) && moderates(actor, r);
    }

    /** A removed discussion stays readable (marked removed) for moderators, admins and staff only. */
    public boolean canSeeRemoved(Actor actor, CommunityFacts c, Relation r) {
        return moderates(actor, r);
    }

    /** Suggestions of members to @mention: for signed-in people who may see the members list. */
    public boolean canSuggestMembers(Actor actor, CommunityFacts c, Relation r) {
        return actor.signedIn() && communities.canSeeMembers(actor, c, r);
    }

    /** The text each edit replaced: moderators, admins and staff. */
    public boolean canSeeRevisions(Actor actor, CommunityFacts c, Relation r) {
        return moderates(actor, r);
    }

    private static boolean isAuthorMember(Actor actor, Relation r, long authorId) {
        return actor.is(authorId) && r.isMember();
    }

    /** Authors edit their own text while they may post: a suspension stops new words by editing too. */
    private static boolean isAuthorPoster(Actor actor, Relation r, long authorId) {
        return actor.is(authorId) && r.mayPost();
    }

    private static boolean moderates(Actor actor, Relation r) {
        return r.hasRole(Role.MODERATOR) || actor.staff();
    }

    private static boolean writable(CommunityFacts c) {
        return c.approved() && !c.status().isReadOnly();
    }
}
