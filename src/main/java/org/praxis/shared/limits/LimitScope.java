package org.praxis.shared.limits;

/** Whose actions a limit counts: one member's in a community, or all members' of a community together. */
public enum LimitScope {
    MEMBER, COMMUNITY
}
