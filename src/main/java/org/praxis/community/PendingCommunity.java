package org.praxis.community;

import java.time.Instant;

import org.praxis.account.MemberCard;
import org.praxis.policy.Privacy;

/** A new community waiting for staff approval, as the staff queue shows it; {@code creator} is null for an unlisted account. */
public record PendingCommunity(long id, String slug, String name, String shortDescription, Privacy privacy,
                               MemberCard creator, Instant createdAt) {
}
