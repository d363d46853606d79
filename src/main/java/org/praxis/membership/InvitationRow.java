package org.praxis.membership;

import java.time.Instant;

/** A pending invitation as admins see it in Manage. */
public record InvitationRow(long id, String email, Long accountId, Instant createdAt, Instant expiresAt) {
}
