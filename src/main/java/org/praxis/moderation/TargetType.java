package org.praxis.moderation;

/** What a member can report. A comment is reported with its discussion, a profile with or without a community. */
public enum TargetType {
    DISCUSSION, COMMENT, FILE, PAGE, EVENT, PROFILE;

    /** Whether a moderator can remove it from the report (events are edited or declined in the calendar). */
    public boolean removable() {
        return this == DISCUSSION || this == COMMENT || this == FILE || this == PAGE;
    }

    /** Whether it belongs to a discussion that can be locked. */
    public boolean inDiscussion() {
        return this == DISCUSSION || this == COMMENT;
    }
}
