package org.praxis.notification.internal;

import java.time.Instant;

import org.praxis.notification.NotificationKind;

/** A notification as stored. */
public record StoredNotification(long id, long recipientId, NotificationKind kind, String variant, Long communityId,
                                 String subjectType, Long subjectId, Long actorId, String title, String detail,
                                 String link, String dedupeKey, Instant createdAt, Instant readAt, String emailPlan) {
}
