package org.praxis.policy;

/**
 * The rules for a community's calendar: events, webinars, series, registrations and feeds.
 * Reading follows the community's content rule (the calendar is content), and an event flagged
 * members-only is hidden from non-members even where content is public. A proposed (or
 * declined) event exists only for its proposer and for those who decide on it. Members propose
 * and register; moderators and admins create, publish and manage. Nothing new in an archived
 * community.
 */
public final class CalendarPolicy {

    private final CommunityPolicy communities;

    CalendarPolicy(CommunityPolicy communities) {
        this.communities = communities;
    }

    /** One published event (its page, its .ics, its place in lists and feeds). */
    public boolean canRead(Actor actor, CommunityFacts c, Relation r, boolean membersOnly) {
        return communities.canReadContent(actor, c, r) && (!membersOnly || seesMembersOnly(actor, r));
    }

    /**
     * An event in a list that spans communities (the platform's Events page, the personal
     * feed): the public events of public calendars, and the events of the reader's own
     * communities. Staff read other calendars where they are, so that each such read is
     * audited; they are not gathered for them.
     */
    public boolean canListAcrossCommunities(Actor actor, CommunityFacts c, Relation r, boolean membersOnly) {
        return canRead(actor, c, r, membersOnly) && (r.isMember() || (c.access().contentPublic() && !membersOnly));
    }

    /** An event not yet published: its proposer (while a member) and those who decide on it. */
    public boolean canReadProposal(Actor actor, CommunityFacts c, Relation r, long proposerId) {
        return communities.canReadContent(actor, c, r) && ((actor.is(proposerId) && r.isMember()) || decides(actor, r));
    }

    /** The list predicate of {@link #canRead}: whether members-only events are shown. */
    public boolean seesMembersOnly(Actor actor, Relation r) {
        return r.isMember() || actor.staff();
    }

    /** The list predicate of {@link #canReadProposal}: whether every proposal is shown, not only one's own. */
    public boolean seesAllProposals(Actor actor, Relation r) {
        return decides(actor, r);
    }

    /** Members propose events and webinars; moderators and admins publish them. */
    public boolean canPropose(Actor actor, CommunityFacts c, Relation r) {
        return r.mayPost() && writable(c);
    }

    /** Moderators and admins create events directly and keep the calendar (series, follow-up, attendance). */
    public boolean canCreate(Actor actor, CommunityFacts c, Relation r) {
        return r.hasRole(Role.MODERATOR) && r.mayPost() && writable(c);
    }

    /** Publish or decline a proposal, edit an event, attach its recording, mark attendance: moderators, admins, staff. */
    public boolean canManage(Actor actor, CommunityFacts c, Relation r) {
        return decides(actor, r) && writable(c);
    }

    /** Register for (or cancel) a published event: members, while the community is not archived. */
    public boolean canRegister(Actor actor, CommunityFacts c, Relation r) {
        return r.isMember() && writable(c);
    }

    /** Who registered (names and e-mail addresses, and their CSV): moderators, admins and staff. */
    public boolean canSeeRegistrants(Actor actor, CommunityFacts c, Relation r) {
        return communities.canReadContent(actor, c, r) && decides(actor, r);
    }

    private static boolean decides(Actor actor, Relation r) {
        return r.hasRole(Role.MODERATOR) || actor.staff();
    }

    private static boolean writable(CommunityFacts c) {
        return c.approved() && !c.status().isReadOnly();
    }
}
