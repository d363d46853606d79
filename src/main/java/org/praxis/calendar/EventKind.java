package org.praxis.calendar;

/** What sort of event: a meeting, a webinar, a workshop or a conference. */
public enum EventKind {
    MEETING, WEBINAR, WORKSHOP, CONFERENCE
}
