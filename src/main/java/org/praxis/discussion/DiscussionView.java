package org.praxis.discussion;

import java.time.Instant;
import java.util.List;

/**
 * A discussion or announcement's opening post, for one reader, with what they may do there.
 * {@code body} (the Markdown) is there only for those who may edit it. Attachments are listed
 * for members only (they are working documents).
 */
public record DiscussionView(long id, long communityId, DiscussionKind kind, String title, String bodyHtml, String body,
                             Author author, Instant createdAt, Instant editedAt, boolean pinned, boolean locked,
                             boolean membersOnly, List<String> tags, int comments, List<ReactionCount> reactions,
                             List<AttachmentView> attachments, Permissions can) {

    /** What the reader may do to this discussion. */
    public record Permissions(boolean comment, boolean react, boolean edit, boolean delete, boolean moderate,
                              boolean seeRevisions, boolean report) {
    }
}
