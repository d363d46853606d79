package org.praxis.activity;

import java.time.Instant;

import org.praxis.community.CommunityRef;
import org.praxis.discussion.Author;

/**
 * One line of a stream: who did what, where, and when. For discussions and comments it carries
 * the title and the first words; {@code threadAfter} is the cursor of the page where a comment is.
 */
public record StreamItem(long id, ActivityKind kind, Author actor, CommunityRef community, Long discussionId,
                         String title, Long commentId, Long threadAfter, String excerpt, Instant at) {
}
