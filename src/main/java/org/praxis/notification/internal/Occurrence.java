package org.praxis.notification.internal;

import java.time.Instant;

import org.praxis.notification.NotificationKind;

/**
 * Something that happened and that some members are to be told: its kind, where (community),
 * what (subject type and id, title snapshot), who did it, a detail (a removal's reason), the
 * path to see it, and the key naming this occurrence for each recipient.
 */
public record Occurrence(NotificationKind kind, String variant, Long communityId, String subjectType, Long subjectId,
                         Long actorId, String title, String detail, String path, String dedupeKey, Instant at) {
}
