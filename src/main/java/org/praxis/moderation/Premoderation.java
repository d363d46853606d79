package org.praxis.moderation;

/** Which posts of members a moderator approves before they are published. */
public enum Premoderation {
    NONE, FIRST_POSTS, ALL_POSTS
}
