package org.praxis.discussion;

import java.time.Instant;
import java.util.List;

/**
 * A comment as one reader sees it. A removed comment keeps its place with no text. A reply to a
 * reply carries a {@link Quote} of the comment it answers; top-level comments carry their
 * replies. {@code body} (the Markdown) is there only for those who may edit it.
 */
public record CommentView(long id, Author author, String bodyHtml, String body, Instant createdAt, Instant editedAt,
                          boolean removed, Long replyToId, Quote quote, boolean isNew, List<ReactionCount> reactions,
                          List<AttachmentView> attachments, boolean canEdit, boolean canDelete, List<CommentView> replies) {

    /** The start of the comment a deeper reply answers. */
    public record Quote(long commentId, String authorName, String excerpt, boolean removed) {
    }
}
