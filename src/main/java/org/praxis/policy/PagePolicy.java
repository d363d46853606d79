package org.praxis.policy;

/**
 * The rules for a community's pages. Reading follows the community's content rule, and a page
 * flagged members-only (or under one) is hidden from non-members even where content is public.
 * Admins and moderators write them (staff too, who manage everything), never in an archived
 * community.
 */
public final class PagePolicy {

    private final CommunityPolicy communities;

    PagePolicy(CommunityPolicy communities) {
        this.communities = communities;
    }

    /** The Pages tab and its tree. */
    public boolean canReadPages(Actor actor, CommunityFacts c, Relation r) {
        return communities.canReadContent(actor, c, r);
    }

    /**
     * One page, its history and its differences; {@code membersOnly} is true when the page or
     * one of the pages above it is flagged, as a child would otherwise show under its hidden parent.
     */
    public boolean canRead(Actor actor, CommunityFacts c, Relation r, boolean membersOnly) {
        return canReadPages(actor, c, r) && (!membersOnly || seesMembersOnly(actor, r));
    }

    /** Whether the members-only pages of a tree are shown: the list predicate of {@link #canRead}. */
    public boolean seesMembersOnly(Actor actor, Relation r) {
        return r.isMember() || actor.staff();
    }

    /** Create, edit, move, restore and delete pages. */
    public boolean canWrite(Actor actor, CommunityFacts c, Relation r) {
        return c.approved() && !c.status().isReadOnly() && (r.hasRole(Role.MODERATOR) || actor.staff());
    }
}
