package org.praxis.policy;

import java.util.Set;

/**
 * The community rules of ACCESS-RULES.md. Every check takes the actor, the community's facts
 * and the actor's relation to it; the list predicate ({@link #listFilter}) is built from the
 * same facts as {@link #canSee}, and a test asserts that the two agree.
 */
public final class CommunityPolicy {

    CommunityPolicy() {
    }

    /**
     * Listed in the directory and search, and its landing page opens. Hidden communities exist
     * only for their members, invitees and staff; everyone else gets 404 so that their
     * existence is not revealed.
     */
    public boolean canSee(Actor actor, CommunityFacts c, Relation r) {
        if (!c.approved()) {
            // Until staff approve it, a new community exists only for its creator and staff.
            return actor.staff() || isCreator(actor, c);
        }
        if (actor.staff()) {
            return true;
        }
        boolean insider = r.isMember() || (r.invited() && !r.banned());
        if (c.isWorkingGroup()) {
            // Only members of the parent know a working group exists; of a hidden one, only its
            // own members and invitees, and the parent's admins (who oversee every group).
            return r.isParentMember() && (!c.access().hidden() || insider || r.parentRole().atLeast(Role.ADMIN));
        }
        return !c.access().hidden() || insider;
    }

    private static boolean isCreator(Actor actor, CommunityFacts c) {
        return c.createdBy() != null && actor.is(c.createdBy());
    }

    public void requireSee(Actor actor, CommunityFacts c, Relation r) {
        if (!canSee(actor, c, r)) {
            throw new org.praxis.shared.NotFoundException("community");
        }
    }

    /** Discussions, announcements, pages, calendar and the members list. */
    public boolean canReadContent(Actor actor, CommunityFacts c, Relation r) {
        return canSee(actor, c, r) && (c.access().contentPublic() || r.isMember() || actor.staff());
    }

    public boolean canSeeMembers(Actor actor, CommunityFacts c, Relation r) {
        return canReadContent(actor, c, r);
    }

    /** The Join button makes a member at once. */
    public boolean canJoin(Actor actor, CommunityFacts c, Relation r) {
        return canEnter(actor, c, r) && (c.access().joinMode() == JoinMode.FREE || r.invited());
    }

    /** "Request to join": for approval communities, by someone without a pending request. */
    public boolean canRequest(Actor actor, CommunityFacts c, Relation r) {
        return canEnter(actor, c, r) && c.access().joinMode() == JoinMode.APPROVAL && !r.requested() && !r.invited();
    }

    private boolean canEnter(Actor actor, CommunityFacts c, Relation r) {
        return actor.signedIn() && !r.isMember() && !r.banned() && !c.status().isReadOnly() && c.approved()
                && canSee(actor, c, r);
    }

    public boolean canLeave(Actor actor, CommunityFacts c, Relation r) {
        return actor.signedIn() && r.isMember();
    }

    /**
     * Invite, approve or reject requests, remove and ban: moderators and admins (and staff). A
     * community awaiting staff approval takes nobody in yet, so there is nothing to moderate.
     */
    public boolean canModerateMembers(Actor actor, CommunityFacts c, Relation r) {
        return !c.status().isReadOnly() && c.approved() && (r.hasRole(Role.MODERATOR) || actor.staff());
    }

    /** A moderator cannot act on an admin. */
    public boolean canActOn(Actor actor, CommunityFacts c, Relation r, Relation target) {
        if (!canModerateMembers(actor, c, r)) {
            return false;
        }
        return actor.staff() || r.hasRole(Role.ADMIN) || !target.hasRole(Role.ADMIN);
    }

    /** Settings, privacy, concept note, tabs, roles and working groups: admins (and staff). */
    public boolean canManage(Actor actor, CommunityFacts c, Relation r) {
        return r.hasRole(Role.ADMIN) || actor.staff();
    }

    /** Changing the description, privacy or concept note: admins and staff, and not while archived. */
    public boolean canEditSettings(Actor actor, CommunityFacts c, Relation r) {
        return canManage(actor, c, r) && !c.status().isReadOnly();
    }

    /**
     * Archiving and reactivating work on archived communities too. The parent's admins may
     * archive a working group they are not in.
     */
    public boolean canChangeStatus(Actor actor, CommunityFacts c, Relation r) {
        return canManage(actor, c, r) || (c.isWorkingGroup() && r.isParentMember() && r.parentRole().atLeast(Role.ADMIN));
    }

    /**
     * Working groups are created by the admins of a community, one level deep, while it is
     * writable. Not by staff who are not its admins: the creator becomes the group's first
     * admin, and only members of the parent may belong to a group.
     */
    public boolean canCreateWorkingGroup(Actor actor, CommunityFacts parent, Relation r) {
        return !parent.isWorkingGroup() && parent.approved() && !parent.status().isReadOnly() && r.hasRole(Role.ADMIN);
    }

    /** Manage -> Working groups: the community's admins and staff oversee every group, hidden ones included. */
    public boolean canOverseeWorkingGroups(Actor actor, CommunityFacts parent, Relation r) {
        return !parent.isWorkingGroup() && canManage(actor, parent, r);
    }

    /** The parent's admins (and staff) oversee and may delete a working group, member of it or not. */
    public boolean canDeleteWorkingGroup(Actor actor, CommunityFacts group, Relation r) {
        return group.isWorkingGroup() && (actor.staff() || (r.isParentMember() && r.parentRole().atLeast(Role.ADMIN)));
    }

    /** Only members of the parent can be invited to one of its working groups. */
    public boolean canBeInvited(CommunityFacts c, Relation target) {
        return !target.isMember() && !target.banned() && (!c.isWorkingGroup() || target.isParentMember());
    }

    /** The platform's list of every community, hidden ones included: staff only. */
    public boolean canOverseeAll(Actor actor) {
        return actor.staff();
    }

    public boolean canCreate(Actor actor) {
        return actor.signedIn();
    }

    /** When the platform requires it, a new community waits for staff; staff's own need no second look. */
    public StaffApproval approvalOfNew(Actor actor, boolean approvalRequired) {
        return approvalRequired && !actor.staff() ? StaffApproval.PENDING : StaffApproval.APPROVED;
    }

    /** Approving or rejecting new communities, and whether they need approval: staff only. */
    public boolean canReviewNewCommunities(Actor actor) {
        return actor.staff();
    }

    /**
     * The list predicate: staff see every community; others see the approved communities that
     * are not hidden, plus those they belong to or are invited to, plus their own communities
     * awaiting approval.
     */
    public ListFilter listFilter(Actor actor, Set<Long> memberOrInvitedIds) {
        return actor.staff() ? new ListFilter(true, Set.of(), null)
                : new ListFilter(false, Set.copyOf(memberOrInvitedIds), actor.accountId());
    }

    /**
     * Which communities a list may show: all; or the approved ones that are not hidden or are
     * among {@code alsoHidden}, and the unapproved ones that {@code creator} made.
     */
    public record ListFilter(boolean all, Set<Long> alsoHidden, Long creator) {

        /** The same predicate in memory, as the database queries apply it. */
        public boolean admits(CommunityFacts c) {
            if (all) {
                return true;
            }
            if (!c.approved()) {
                return creator != null && creator.equals(c.createdBy());
            }
            return !c.access().hidden() || alsoHidden.contains(c.id());
        }
    }
}
