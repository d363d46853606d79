package org.praxis.moderation;

/** A report waits in the queue until a moderator dismisses it or acts on what it is about. */
public enum ReportStatus {
    OPEN, DISMISSED, ACTIONED
}
