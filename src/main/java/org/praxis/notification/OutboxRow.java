package org.praxis.notification;

import java.time.Instant;

/** A message in the outbox as staff see it. */
public record OutboxRow(long id, String to, String subject, String status, int attempts, Instant nextAttemptAt,
                        String lastError, Instant createdAt) {
}
