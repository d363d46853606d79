package org.praxis.membership;

import java.time.Instant;

/** Someone banned from a community, with the reason moderators gave. */
public record BanRow(long accountId, String reason, Instant bannedAt) {
}
