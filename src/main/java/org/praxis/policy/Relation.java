package org.praxis.policy;

/**
 * What ties an actor to one community: their role if a member, and whether they are banned,
 * hold a valid invitation, or have a pending join request. For a working group it also holds
 * the actor's role in the parent community (null when not a member there). A member whose
 * posting a moderator suspended still reads, but does not post until the suspension ends.
 */
public record Relation(Role role, boolean banned, boolean invited, boolean requested, Role parentRole,
                       boolean postingSuspended) {

    private static final Relation NONE = new Relation(null, false, false, false, null, false);

    public Relation(Role role, boolean banned, boolean invited, boolean requested) {
        this(role, banned, invited, requested, null, false);
    }

    public Relation(Role role, boolean banned, boolean invited, boolean requested, Role parentRole) {
        this(role, banned, invited, requested, parentRole, false);
    }

    public static Relation none() {
        return NONE;
    }

    public static Relation member(Role role) {
        return new Relation(role, false, false, false, null, false);
    }

    public Relation withParentRole(Role parentRole) {
        return new Relation(role, banned, invited, requested, parentRole, postingSuspended);
    }

    public Relation withPostingSuspended(boolean suspended) {
        return new Relation(role, banned, invited, requested, parentRole, suspended);
    }

    public boolean isMember() {
        return role != null;
    }

    /** A member who may post: start discussions, comment, upload, propose events, edit their own text. */
    public boolean mayPost() {
        return role != null && !postingSuspended;
    }

    public boolean hasRole(Role atLeast) {
        return role != null && role.atLeast(atLeast);
    }

    public boolean isParentMember() {
        return parentRole != null;
    }
}
