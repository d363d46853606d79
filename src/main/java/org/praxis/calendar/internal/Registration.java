package org.praxis.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.praxis.calendar.RegistrationStatus;

/** A member's registration for an event: a place, or a turn on the waiting list. */
@Entity(name = "CalendarRegistration")
@Table(name = "calendar_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long eventId;
    private long accountId;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    private Instant registeredAt;

    protected Registration() {
    }

    public Registration(long eventId, long accountId, RegistrationStatus status, Instant now) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.status = status;
        this.registeredAt = now;
    }

    public void promote() {
        this.status = RegistrationStatus.REGISTERED;
    }

    public Long getId() { return id; }
    public long getEventId() { return eventId; }
    public long getAccountId() { return accountId; }
    public RegistrationStatus getStatus() { return status; }
    public Instant getRegisteredAt() { return registeredAt; }
}
