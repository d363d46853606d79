package org.praxis.moderation;

import java.time.Instant;

/** One line of the moderation log as its readers see it, with names instead of ids. */
public record LogRow(long id, Instant at, String communityName, String communitySlug, long actorId, String actorName,
                     ModerationAction action, TargetType targetType, Long targetId, Long memberId, String memberName,
                     String reason, String detail) {
}
