package org.praxis.activity;

/** The kinds of things a stream tells about. */
public enum ActivityKind {
    DISCUSSION_STARTED, ANNOUNCEMENT_POSTED, COMMENT_POSTED, MEMBER_JOINED
}
