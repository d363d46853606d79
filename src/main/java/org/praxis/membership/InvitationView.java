package org.praxis.membership;

import java.time.Instant;

/** An invitation as its holder sees it when following the e-mailed link. */
public record InvitationView(long communityId, String message, Instant expiresAt) {
}
