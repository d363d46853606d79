package org.praxis.discussion.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.account.PersonalDataExport;
import org.praxis.account.PersonalDataPart;
import org.praxis.account.PersonalFile;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's discussions, comments, reactions and attachments for their export. Only what they
 * wrote: a comment names the discussion by id, not by its title, which another member wrote.
 */
@Component
class DiscussionData implements PersonalDataPart {

    /** Everything the member wrote or did in discussions. */
    public record Written(List<OwnDiscussion> discussions, List<OwnComment> comments, List<OwnReaction> reactions,
                          List<OwnAttachment> attachments) {
    }

    /** A discussion or announcement they started; {@code removedAt} is set when it was taken down. */
    public record OwnDiscussion(long id, CommunityRef community, String kind, String title, String text,
                                Instant createdAt, Instant editedAt, Instant removedAt) {
    }

    /** A comment or reply they wrote. */
    public record OwnComment(long id, long discussionId, CommunityRef community, String text, Instant createdAt,
                             Instant editedAt, Instant removedAt) {
    }

    /** A reaction they gave; {@code commentId} 0 is the opening post. */
    public record OwnReaction(long discussionId, long commentId, String kind, Instant createdAt) {
    }

    /** A file they attached; {@code file} is its place in the archive. */
    public record OwnAttachment(long id, long discussionId, Long commentId, String fileName, String contentType,
                                long sizeBytes, Instant createdAt, String file) {
    }

    private final JdbcTemplate jdbc;
    private final CommunityCatalog communities;

    DiscussionData(JdbcTemplate jdbc, CommunityCatalog communities) {
        this.jdbc = jdbc;
        this.communities = communities;
    }

    @Override
    public String name() {
        return "discussions";
    }

    @Override
    public Object export(long accountId) {
        Set<Long> communityIds = new HashSet<>(jdbc.queryForList(
                "select distinct community_id from discussion where author_id = ? union "
                        + "select distinct d.community_id from discussion_comment c join discussion d on d.id = c.discussion_id "
                        + "where c.author_id = ?", Long.class, accountId, accountId));
        Map<Long, CommunityRef> refs = communities.refs(communityIds);
        List<OwnDiscussion> discussions = jdbc.query("select id, community_id, kind, title, body, created_at, edited_at, "
                        + "removed_at from discussion where author_id = ? order by created_at, id",
                (rs, n) -> new OwnDiscussion(rs.getLong("id"), refs.get(rs.getLong("community_id")), rs.getString("kind"),
                        rs.getString("title"), rs.getString("body"), Timestamps.instant(rs, "created_at"),
                        Timestamps.instant(rs, "edited_at"), Timestamps.instant(rs, "removed_at")), accountId);
        List<OwnComment> comments = jdbc.query("select c.id, c.discussion_id, d.community_id, c.body, c.created_at, "
                        + "c.edited_at, c.removed_at from discussion_comment c join discussion d on d.id = c.discussion_id "
                        + "where c.author_id = ? order by c.created_at, c.id",
                (rs, n) -> new OwnComment(rs.getLong("id"), rs.getLong("discussion_id"),
                        refs.get(rs.getLong("community_id")), rs.getString("body"), Timestamps.instant(rs, "created_at"),
                        Timestamps.instant(rs, "edited_at"), Timestamps.instant(rs, "removed_at")), accountId);
        List<OwnReaction> reactions = jdbc.query("select discussion_id, comment_id, kind, created_at from discussion_reaction "
                        + "where account_id = ? order by created_at",
                (rs, n) -> new OwnReaction(rs.getLong("discussion_id"), rs.getLong("comment_id"), rs.getString("kind"),
                        Timestamps.instant(rs, "created_at")), accountId);
        List<OwnAttachment> attachments = attachments(accountId).stream().map(AttachmentRow::exported).toList();
        return new Written(discussions, comments, reactions, attachments);
    }

    @Override
    public List<PersonalFile> files(long accountId) {
        return attachments(accountId).stream().map(a -> new PersonalFile(a.path(), a.storageKey())).toList();
    }

    private record AttachmentRow(OwnAttachment exported, String storageKey) {
        String path() {
            return exported.file().substring("files/".length());
        }
    }

    private List<AttachmentRow> attachments(long accountId) {
        return jdbc.query("select id, discussion_id, comment_id, file_name, content_type, size_bytes, storage_key, created_at "
                        + "from discussion_attachment where uploader_id = ? order by created_at, id",
                (rs, n) -> new AttachmentRow(new OwnAttachment(rs.getLong("id"), rs.getLong("discussion_id"),
                        (Long) rs.getObject("comment_id", Long.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), Timestamps.instant(rs, "created_at"),
                        "files/attachments/" + rs.getLong("id") + "-" + PersonalDataExport.safeName(rs.getString("file_name"))),
                        rs.getString("storage_key")), accountId);
    }
}
