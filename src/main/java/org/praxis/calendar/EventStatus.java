package org.praxis.calendar;

/** A member's proposal waits for a moderator or an admin, who publishes or declines it. */
public enum EventStatus {
    PROPOSED, PUBLISHED, DECLINED
}
