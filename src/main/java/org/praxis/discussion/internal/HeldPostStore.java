package org.praxis.discussion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Posts held for a moderator, as stored until they are approved (then published) or rejected (then deleted). */
@Repository
public class HeldPostStore {

    /** A held discussion, announcement ({@code discussionId} null) or comment. */
    public record HeldPost(long id, long communityId, long authorId, String kind, Long discussionId, Long replyToId,
                           String title, String body, String tags, boolean membersOnly, String reason, String findings,
                           Instant createdAt) {
    }

    private static final RowMapper<HeldPost> HELD = HeldPostStore::held;

    private final JdbcTemplate jdbc;

    HeldPostStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(HeldPost p) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("insert into discussion_held_post (community_id, author_id, kind, discussion_id, "
                    + "reply_to_id, title, body, tags, members_only, reason, findings, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, p.communityId());
            s.setLong(2, p.authorId());
            s.setString(3, p.kind());
            s.setObject(4, p.discussionId());
            s.setObject(5, p.replyToId());
            s.setString(6, p.title());
            s.setString(7, p.body());
            s.setString(8, p.tags());
            s.setBoolean(9, p.membersOnly());
            s.setString(10, p.reason());
            s.setString(11, p.findings());
            s.setObject(12, Timestamps.at(p.createdAt()));
            return s;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    public List<HeldPost> ofCommunity(long communityId, int limit) {
        return jdbc.query("select * from discussion_held_post where community_id = ? order by id limit ?", HELD, communityId, limit);
    }

    public long count(long communityId) {
        Long n = jdbc.queryForObject("select count(*) from discussion_held_post where community_id = ?", Long.class, communityId);
        return n == null ? 0 : n;
    }

    public Optional<HeldPost> find(long communityId, long id) {
        return jdbc.query("select * from discussion_held_post where id = ? and community_id = ?", HELD, id, communityId)
                .stream().findFirst();
    }

    /** Comments waiting for approval follow their discussion to another community. */
    public void moveComments(long discussionId, long toCommunityId) {
        jdbc.update("update discussion_held_post set community_id = ? where discussion_id = ?", toCommunityId, discussionId);
    }

    /** Deletes a held post; false when another moderator decided on it first. */
    public boolean delete(long id) {
        return jdbc.update("delete from discussion_held_post where id = ?", id) == 1;
    }

    private static HeldPost held(ResultSet rs, int row) throws SQLException {
        return new HeldPost(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("author_id"), rs.getString("kind"),
                rs.getObject("discussion_id", Long.class), rs.getObject("reply_to_id", Long.class), rs.getString("title"),
                rs.getString("body"), rs.getString("tags"), rs.getBoolean("members_only"), rs.getString("reason"),
                rs.getString("findings"), Timestamps.instant(rs, "created_at"));
    }
}
