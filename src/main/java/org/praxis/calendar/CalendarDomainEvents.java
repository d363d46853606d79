package org.praxis.calendar;

import java.time.Instant;

/**
 * Domain events of the calendar; activity, notifications and indicators react to them after
 * commit. Whoever tells a person about an event checks again that they may read it.
 */
public final class CalendarDomainEvents {

    private CalendarDomainEvents() {
    }

    /** An event was published: created by a moderator or an admin, or a proposal accepted. */
    public record EventPublished(long eventId, long communityId, long byId, Instant at) {
    }

    /** A member proposed an event; moderators and admins decide on it. */
    public record EventProposed(long eventId, long communityId, long proposerId, Instant at) {
    }

    /** A proposal was declined; its proposer may be told. */
    public record ProposalDeclined(long eventId, long communityId, long proposerId, Instant at) {
    }

    /** A member registered: with a place, or on the waiting list. */
    public record Registered(long eventId, long communityId, long accountId, RegistrationStatus status, Instant at) {
    }

    /** Someone on the waiting list was given a place that freed up. */
    public record PlaceGiven(long eventId, long communityId, long accountId, Instant at) {
    }

    /**
     * An occurrence of a published event starts soon: within a day ({@code window} "DAY") or
     * within an hour ("HOUR"). Published once per occurrence and window, in the transaction that
     * marks it given; an occurrence first seen within the hour gets only the "HOUR" one.
     * {@code startsAt} is the occurrence's start (of a repeating event, the next occurrence).
     */
    public record ReminderDue(long eventId, long communityId, String window, Instant startsAt) {

        public static final String DAY = "DAY";
        public static final String HOUR = "HOUR";
    }
}
