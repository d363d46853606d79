package org.praxis.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.praxis.calendar.EventKind;
import org.praxis.calendar.EventStatus;
import org.praxis.calendar.Recurrence;

/** An event of a community's calendar: its times are instants, with the organiser's zone kept beside them. */
@Entity(name = "CalendarEvent")
@Table(name = "calendar_event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long communityId;
    private Long seriesId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private EventKind kind;
    @Enumerated(EnumType.STRING)
    private EventStatus status;
    private Instant startsAt;
    private Instant endsAt;
    private String timeZone;
    private String location;
    private String onlineUrl;
    private Integer capacity;
    private boolean membersOnly;
    @Enumerated(EnumType.STRING)
    private Recurrence recurrence;
    private Integer occurrences;
    private Instant lastEndsAt;
    private String recordingUrl;
    private String slidesUrl;
    private String questions;
    private String summary;
    private long createdBy;
    private Instant createdAt;
    /** The start of the occurrence last given its 24-hour reminder, and its 1-hour one. */
    private Instant dayReminderFor;
    private Instant hourReminderFor;

    protected Event() {
    }

    public Event(long communityId, long createdBy, EventStatus status, Instant now) {
        this.communityId = communityId;
        this.createdBy = createdBy;
        this.status = status;
        this.createdAt = now;
    }

    /** Sets what the organiser typed; {@code lastEndsAt} is the end of the last occurrence. */
    public void describe(Long seriesId, String title, String description, EventKind kind, Instant startsAt, Instant endsAt,
                         String timeZone, String location, String onlineUrl, Integer capacity, boolean membersOnly,
                         Recurrence recurrence, Integer occurrences, Instant lastEndsAt) {
        this.seriesId = seriesId;
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = timeZone;
        this.location = location;
        this.onlineUrl = onlineUrl;
        this.capacity = capacity;
        this.membersOnly = membersOnly;
        this.recurrence = recurrence;
        this.occurrences = occurrences;
        this.lastEndsAt = lastEndsAt;
    }

    public void decide(EventStatus status) {
        this.status = status;
    }

    public void followUp(String recordingUrl, String slidesUrl, String questions, String summary) {
        this.recordingUrl = recordingUrl;
        this.slidesUrl = slidesUrl;
        this.questions = questions;
        this.summary = summary;
    }

    public Long getId() { return id; }
    public long getCommunityId() { return communityId; }
    public Long getSeriesId() { return seriesId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public EventKind getKind() { return kind; }
    public EventStatus getStatus() { return status; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getTimeZone() { return timeZone; }
    public String getLocation() { return location; }
    public String getOnlineUrl() { return onlineUrl; }
    public Integer getCapacity() { return capacity; }
    public boolean isMembersOnly() { return membersOnly; }
    public Recurrence getRecurrence() { return recurrence; }
    public Integer getOccurrences() { return occurrences; }
    public Instant getLastEndsAt() { return lastEndsAt; }
    public String getRecordingUrl() { return recordingUrl; }
    public String getSlidesUrl() { return slidesUrl; }
    public String getQuestions() { return questions; }
    public String getSummary() { return summary; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDayReminderFor() { return dayReminderFor; }
    public Instant getHourReminderFor() { return hourReminderFor; }
}
