package org.praxis.policy;

/**
 * What ties an actor to one community: their role if a member, and whether they are banned,
 * hold a valid invitation, or have a pending join request.
 */
public record Relation(Role role, boolean banned, boolean invited, boolean requested) {

    private static final Relation NONE = new Relation(null, false, false, false);

    public static Relation none() {
        return NONE;
    }

    public static Relation member(Role role) {
        return new Relation(role, false, false, false);
    }

    public boolean isMember() {
        return role != null;
    }

    public boolean hasRole(Role atLeast) {
        return role != null && role.atLeast(atLeast);
    }
}
