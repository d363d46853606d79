package org.praxis.calendar;

import java.time.Instant;

/** One person registered for an event, as moderators and admins see them. */
public record Registrant(long accountId, String displayName, String email, RegistrationStatus status,
                         Instant registeredAt, boolean attended) {
}
