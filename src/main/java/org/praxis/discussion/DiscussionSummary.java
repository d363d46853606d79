package org.praxis.discussion;

import java.time.Instant;
import java.util.List;

/**
 * One line of a discussion list for one reader. {@code unread} is a discussion the reader has
 * never opened; {@code newComments} counts the comments since their last visit.
 */
public record DiscussionSummary(long id, DiscussionKind kind, String title, Author author, Instant createdAt,
                                Instant lastActivityAt, int comments, boolean unread, int newComments, boolean pinned,
                                boolean locked, boolean membersOnly, List<String> tags) {
}
