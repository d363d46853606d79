package org.praxis.policy;

/** How a user becomes a member of a community. */
public enum JoinMode {
    /** The Join button makes a member at once. */
    FREE,
    /** Joining is a request that admins or moderators approve or reject. */
    APPROVAL,
    /** Only an invitation lets someone in. */
    INVITATION
}
