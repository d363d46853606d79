package org.praxis.shared.mail;

import java.time.Instant;

/** A message in the outbox as staff see it. */
public record OutboxEntry(long id, String to, String subject, String status, int attempts, Instant nextAttemptAt,
                          String lastError, Instant createdAt) {
}
