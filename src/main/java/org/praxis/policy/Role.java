package org.praxis.policy;

/** A member's role, ordered so that rules read as comparisons: MEMBER < MODERATOR < ADMIN. */
public enum Role {
    MEMBER, MODERATOR, ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
