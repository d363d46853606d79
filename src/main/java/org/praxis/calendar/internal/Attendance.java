package org.praxis.calendar.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Someone who attended an event, as its admins marked it; indicators count these. */
@Entity(name = "CalendarAttendance")
@Table(name = "calendar_attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    /** The composite key: one row per event and person. */
    public record Key(Long eventId, Long accountId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long eventId;
    @Id
    private Long accountId;
    private long communityId;
    private Instant markedAt;

    protected Attendance() {
    }

    public Attendance(long eventId, long accountId, long communityId, Instant now) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.communityId = communityId;
        this.markedAt = now;
    }

    public Long getAccountId() { return accountId; }
}
