package org.praxis.calendar;

import java.time.Instant;
import java.util.List;

/**
 * An event's page for one reader: what it is, when (every occurrence), where, how many places
 * are taken, the reader's own registration, what followed it, and what the reader may do.
 */
public record EventView(long id, String title, String description, String descriptionHtml, EventKind kind,
                        EventStatus status, Instant startsAt, Instant endsAt, String timeZone, String location,
                        String onlineUrl, Integer capacity, boolean membersOnly, Recurrence recurrence,
                        List<Recurrence.Occurrence> occurrences, long registered, long waiting,
                        RegistrationStatus myRegistration, SeriesRef series, FollowUp followUp, Actions can) {

    /** The series an event belongs to. */
    public record SeriesRef(long id, String title) {
    }

    /** What followed the event, with the questions and answers as safe HTML. */
    public record FollowUp(String recordingUrl, String slidesUrl, String questions, String questionsHtml, String summary) {
    }

    /** What the reader may do with this event. */
    public record Actions(boolean register, boolean manage, boolean seeRegistrants) {
    }
}
