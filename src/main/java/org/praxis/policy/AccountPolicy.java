package org.praxis.policy;

import org.praxis.shared.NotAllowedException;

/** Rules about accounts and profiles. */
public final class AccountPolicy {

    AccountPolicy() {
    }

    /**
     * Profiles, the member directory and institution pages are for signed-in people only:
     * members of closed communities join a platform, not the open web.
     */
    public boolean canViewProfiles(Actor actor) {
        return actor.signedIn();
    }

    public void requireViewProfiles(Actor actor) {
        if (!canViewProfiles(actor)) {
            throw new NotAllowedException("view profiles");
        }
    }

    /** A real name is private: only its owner and staff see it; others see the display name. */
    public boolean canSeeRealName(Actor actor, long ownerId) {
        return actor.is(ownerId) || actor.staff();
    }

    /** Suspended and unconfirmed accounts are hidden from everyone but staff. */
    public boolean canSeeAccount(Actor actor, long ownerId, boolean listed) {
        return listed ? canViewProfiles(actor) : actor.is(ownerId) || actor.staff();
    }

    /**
     * The directory's list predicate, the twin of {@link #canSeeAccount}: it lists only listed
     * accounts, for staff too (staff find the others on their accounts page).
     */
    public boolean directoryIncludesUnlisted(Actor actor) {
        return false;
    }

    public boolean canManageAccounts(Actor actor) {
        return actor.staff();
    }

    public void requireManageAccounts(Actor actor) {
        if (!canManageAccounts(actor)) {
            throw new NotAllowedException("manage accounts");
        }
    }

    /** Staff may not suspend themselves: the platform must keep someone who can restore others. */
    public boolean canSuspend(Actor actor, long targetId) {
        return actor.staff() && !actor.is(targetId);
    }

    public void requireSuspend(Actor actor, long targetId) {
        if (!canSuspend(actor, targetId)) {
            throw new NotAllowedException("suspend account");
        }
    }

    public boolean canReadMailFolder(Actor actor) {
        return actor.staff();
    }

    public void requireReadMailFolder(Actor actor) {
        if (!canReadMailFolder(actor)) {
            throw new NotAllowedException("read mail folder");
        }
    }
}
