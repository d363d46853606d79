package org.praxis.policy;

/**
 * What ties an actor to one community: their role if a member, and whether they are banned,
 * hold a valid invitation, or have a pending join request. For a working group it also holds
 * the actor's role in the parent community (null when not a member there).
 */
public record Relation(Role role, boolean banned, boolean invited, boolean requested, Role parentRole) {

    private static final Relation NONE = new Relation(null, false, false, false, null);

    public Relation(Role role, boolean banned, boolean invited, boolean requested) {
        this(role, banned, invited, requested, null);
    }

    public static Relation none() {
        return NONE;
    }

    public static Relation member(Role role) {
        return new Relation(role, false, false, false, null);
    }

    public Relation withParentRole(Role parentRole) {
        return new Relation(role, banned, invited, requested, parentRole);
    }

    public boolean isMember() {
        return role != null;
    }

    public boolean hasRole(Role atLeast) {
        return role != null && role.atLeast(atLeast);
    }

    public boolean isParentMember() {
        return parentRole != null;
    }
}
