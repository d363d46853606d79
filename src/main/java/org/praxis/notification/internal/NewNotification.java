package org.praxis.notification.internal;

import java.time.Instant;

import org.praxis.notification.NotificationKind;

/**
 * A notification about to be stored for one recipient. The dedupe key names the occurrence
 * (e.g. {@code comment:42}), so the same occurrence handled twice makes one row.
 */
public record NewNotification(long recipientId, NotificationKind kind, String variant, Long communityId,
                              String subjectType, Long subjectId, Long actorId, String title, String detail,
                              String link, String dedupeKey, Instant createdAt, String emailPlan) {
}
