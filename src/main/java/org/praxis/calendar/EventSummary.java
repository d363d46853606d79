package org.praxis.calendar;

import java.time.Instant;

/**
 * One line of a calendar: the event, the community it belongs to, and when it next happens
 * ({@code nextStart}, the first occurrence not yet over).
 */
public record EventSummary(long id, String communitySlug, String communityName, String title, EventKind kind,
                           EventStatus status, Instant startsAt, Instant endsAt, String timeZone, Instant nextStart,
                           Instant nextEnd, boolean membersOnly, Recurrence recurrence, String location, boolean online) {
}
