package org.praxis.calendar;

import java.time.LocalDateTime;

/**
 * An event as its organiser types it: start and end are local times in {@code timeZone} (an
 * IANA zone such as Africa/Tunis). A repeating meeting has a rule and a number of occurrences.
 */
public record EventDraft(String title, String description, EventKind kind, LocalDateTime start, LocalDateTime end,
                         String timeZone, String location, String onlineUrl, Integer capacity, boolean membersOnly,
                         Recurrence recurrence, Integer occurrences, Long seriesId) {
}
