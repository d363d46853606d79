package org.praxis.membership;

import java.time.Instant;

/** A join request waiting for a decision. */
public record PendingRequest(long id, long accountId, String message, Instant createdAt) {
}
