package org.praxis.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A series of webinars of one community. */
@Entity(name = "CalendarSeries")
@Table(name = "calendar_series")
public class Series {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long communityId;
    private String title;
    private String description;
    private long createdBy;
    private Instant createdAt;

    protected Series() {
    }

    public Series(long communityId, String title, String description, long createdBy, Instant now) {
        this.communityId = communityId;
        this.title = title;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getCommunityId() { return communityId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
}
