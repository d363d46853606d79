package org.praxis.discussion;

import java.time.Instant;

/** A discussion or announcement in a feed: its title, author, dates and its text as safe HTML. */
public record FeedEntry(long id, DiscussionKind kind, String title, String authorName, Instant published,
                        Instant updated, String html) {
}
