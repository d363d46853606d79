package org.praxis.calendar;

import java.time.Instant;

/** What an iCalendar VEVENT of an event says; {@code path} is the event page's address. */
public record IcsEntry(long id, String title, String description, Instant startsAt, Instant endsAt, String timeZone,
                       String location, String onlineUrl, Recurrence recurrence, Integer occurrences, Instant createdAt,
                       String path) {
}
