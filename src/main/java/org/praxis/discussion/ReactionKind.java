package org.praxis.discussion;

/** The few reactions a member may leave on a post or comment. */
public enum ReactionKind {
    LIKE, THANKS, INSIGHTFUL
}
