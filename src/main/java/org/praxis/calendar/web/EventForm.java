package org.praxis.calendar.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.praxis.calendar.EventDraft;
import org.praxis.calendar.EventKind;
import org.praxis.calendar.EventView;
import org.praxis.calendar.Recurrence;
import org.praxis.shared.InputErrors;

/**
 * An event as typed in the form. Numbers and times are kept as text so that what cannot be
 * read is answered with a message next to its field, never silently dropped.
 */
public class EventForm {

    private String title;
    private String description;
    private EventKind kind = EventKind.MEETING;
    private String start;
    private String end;
    private String timeZone;
    private String location;
    private String onlineUrl;
    private String capacity;
    private boolean membersOnly;
    private Recurrence recurrence;
    private String occurrences;
    private Long seriesId;

    static EventForm of(EventView view) {
        EventForm form = new EventForm();
        java.time.ZoneId zone = java.time.ZoneId.of(view.timeZone());
        form.title = view.title();
        form.description = view.description();
        form.kind = view.kind();
        form.start = view.startsAt().atZone(zone).toLocalDateTime().toString();
        form.end = view.endsAt().atZone(zone).toLocalDateTime().toString();
        form.timeZone = view.timeZone();
        form.location = view.location();
        form.onlineUrl = view.onlineUrl();
        form.capacity = view.capacity() == null ? null : view.capacity().toString();
        form.membersOnly = view.membersOnly();
        form.recurrence = view.recurrence();
        form.occurrences = view.occurrences().size() > 1 ? String.valueOf(view.occurrences().size()) : null;
        form.seriesId = view.series() == null ? null : view.series().id();
        return form;
    }

    /** The draft, after the checks only the form needs (text that is not a time or a number). */
    EventDraft toDraft() {
        InputErrors errors = new InputErrors();
        LocalDateTime from = time(errors, "start", start);
        LocalDateTime to = time(errors, "end", end);
        Integer places = number(errors, "capacity", capacity);
        Integer times = number(errors, "occurrences", occurrences);
        errors.throwIfAny();
        return new EventDraft(title, description, kind, from, to, timeZone, location, onlineUrl, places, membersOnly,
                recurrence, times, seriesId);
    }

    private static LocalDateTime time(InputErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "event.error.time");
            return null;
        }
    }

    private static Integer number(InputErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "event.error.number");
            return null;
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public boolean isMembersOnly() { return membersOnly; }
    public void setMembersOnly(boolean membersOnly) { this.membersOnly = membersOnly; }
    public Recurrence getRecurrence() { return recurrence; }
    public void setRecurrence(Recurrence recurrence) { this.recurrence = recurrence; }
    public String getOccurrences() { return occurrences; }
    public void setOccurrences(String occurrences) { this.occurrences = occurrences; }
    public Long getSeriesId() { return seriesId; }
    public void setSeriesId(Long seriesId) { this.seriesId = seriesId; }
}
