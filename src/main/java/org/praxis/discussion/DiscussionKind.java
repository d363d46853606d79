package org.praxis.discussion;

/** A discussion any member starts, or an announcement that moderators and admins post to all members. */
public enum DiscussionKind {
    DISCUSSION, ANNOUNCEMENT
}
