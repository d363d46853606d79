package org.praxis.discussion;

import java.time.Instant;

/**
 * A post waiting for a moderator, as the queue shows it: what kind, who wrote it, its text, the
 * discussion a comment is for, and why it was held (with the personal data found, if that is why).
 */
public record HeldPostView(long id, String kind, String authorName, String title, String body, String discussionTitle,
                           String reason, String findings, Instant createdAt) {
}
