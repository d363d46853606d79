package org.praxis.community;

import java.time.Instant;

import org.praxis.policy.CommunityStatus;
import org.praxis.policy.Privacy;

/** A community in the staff overview. */
public record StaffCommunityRow(long id, String slug, String name, Privacy privacy, CommunityStatus status,
                                long members, Instant createdAt, Instant lastActivityAt) {
}
