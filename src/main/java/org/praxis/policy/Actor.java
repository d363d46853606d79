package org.praxis.policy;

import org.praxis.shared.limits.Participant;

/**
 * Who is asking: a visitor (not signed in), a signed-in member, or staff. Checks take an Actor
 * and never a null, so "not signed in" is a value of its own. Rate limits count what it does.
 */
public record Actor(Long accountId, boolean staff) implements Participant {

    private static final Actor VISITOR = new Actor(null, false);

    public static Actor visitor() {
        return VISITOR;
    }

    public static Actor member(long accountId) {
        return new Actor(accountId, false);
    }

    public static Actor staff(long accountId) {
        return new Actor(accountId, true);
    }

    public boolean signedIn() {
        return accountId != null;
    }

    public boolean is(long otherAccountId) {
        return accountId != null && accountId == otherAccountId;
    }
}
