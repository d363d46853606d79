package org.praxis.discussion;

import java.time.Clock;
import java.util.List;

import org.praxis.account.AccountErasure;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A deleted account's discussions: its visits and feed secret go; what it wrote stays under
 * "Former member", or, when the member chose so, is removed as an author removes their own post
 * (the removed marking every list, count and feed already leaves out), with its attachments.
 */
@Component
class DiscussionErasure implements AccountErasure {

    private final JdbcTemplate jdbc;
    private final DiscussionAttachments attachments;
    private final Clock clock;

    DiscussionErasure(JdbcTemplate jdbc, DiscussionAttachments attachments, Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Override
    public List<Consequence> consequences(long accountId) {
        return List.of(
                new Consequence("deletion.count.discussions", count("select count(*) from discussion "
                        + "where author_id = ? and removed_at is null", accountId)),
                new Consequence("deletion.count.comments", count("select count(*) from discussion_comment "
                        + "where author_id = ? and removed_at is null", accountId)),
                new Consequence("deletion.count.attachments", count("select count(*) from discussion_attachment "
                        + "where uploader_id = ?", accountId)));
    }

    @Override
    public void erase(long accountId, boolean contributions) {
        jdbc.update("delete from discussion_visit where account_id = ?", accountId);
        jdbc.update("delete from discussion_feed_token where account_id = ?", accountId);
        // Posts still waiting for a moderator were never published: nobody may approve them now.
        jdbc.update("delete from discussion_held_post where author_id = ?", accountId);
        if (!contributions) {
            return;
        }
        var now = Timestamps.at(clock.instant());
        jdbc.update("update discussion set removed_at = ?, removed_by = ? where author_id = ? and removed_at is null",
                now, accountId, accountId);
        jdbc.update("update discussion_comment set removed_at = ?, removed_by = ? where author_id = ? and removed_at is null",
                now, accountId, accountId);
        jdbc.update("delete from discussion_reaction where account_id = ?", accountId);
        attachments.removeAllBy(accountId);
    }

    private long count(String sql, long accountId) {
        Long n = jdbc.queryForObject(sql, Long.class, accountId);
        return n == null ? 0 : n;
    }
}
