package org.praxis.notification;

import java.time.Instant;

/** One notification as its recipient sees it: the sentence, where it leads, and whether it was read. */
public record NotificationView(long id, NotificationKind kind, String text, String link, Long communityId,
                               String communityName, Instant at, boolean unread) {
}
