package org.praxis.membership;

import java.time.Instant;
import java.util.List;

/** A join request waiting for a decision, with the answers to the community's screening questions. */
public record PendingRequest(long id, long accountId, String message, List<ScreeningAnswer> answers, Instant createdAt) {
}
