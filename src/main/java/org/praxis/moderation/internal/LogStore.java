package org.praxis.moderation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.praxis.moderation.ModerationAction;
import org.praxis.moderation.TargetType;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The moderation log as stored. It only adds and reads rows: there is no update or delete here,
 * and the database refuses them anyway.
 */
@Repository
public class LogStore {

    /** One entry. */
    public record Entry(long id, Long communityId, long actorId, ModerationAction action, TargetType targetType,
                        Long targetId, Long targetAccountId, String reason, String detail, Instant at) {
    }

    /** What a reader of the log narrows it to; null fields do not narrow. */
    public record Filter(Long communityId, ModerationAction action, Long actorId, Long targetAccountId, Instant from,
                         Instant until) {
    }

    private static final RowMapper<Entry> ENTRY = LogStore::entry;

    private final JdbcTemplate jdbc;

    LogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(Entry e) {
        jdbc.update("insert into moderation_log (community_id, actor_id, action, target_type, target_id, target_account_id, "
                        + "reason, detail, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", e.communityId(), e.actorId(),
                e.action().name(), e.targetType() == null ? null : e.targetType().name(), e.targetId(), e.targetAccountId(),
                e.reason(), e.detail(), Timestamps.at(e.at()));
    }

    /** Entries newest first, one more than {@code size} to tell whether another page follows. */
    public List<Entry> find(Filter f, int offset, int size) {
        StringBuilder sql = new StringBuilder("select * from moderation_log where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.communityId() != null) {
            sql.append(" and community_id = ?");
            args.add(f.communityId());
        }
        if (f.action() != null) {
            sql.append(" and action = ?");
            args.add(f.action().name());
        }
        if (f.actorId() != null) {
            sql.append(" and actor_id = ?");
            args.add(f.actorId());
        }
        if (f.targetAccountId() != null) {
            sql.append(" and target_account_id = ?");
            args.add(f.targetAccountId());
        }
        if (f.from() != null) {
            sql.append(" and created_at >= ?");
            args.add(Timestamps.at(f.from()));
        }
        if (f.until() != null) {
            sql.append(" and created_at < ?");
            args.add(Timestamps.at(f.until()));
        }
        sql.append(" order by id desc limit ? offset ?");
        args.add(size + 1);
        args.add(offset);
        return jdbc.query(sql.toString(), ENTRY, args.toArray());
    }

    /** What was done about one member in one community, newest first. */
    public List<Entry> about(long communityId, long accountId, int limit) {
        return jdbc.query("select * from moderation_log where community_id = ? and target_account_id = ? order by id desc limit ?",
                ENTRY, communityId, accountId, limit);
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("target_type");
        return new Entry(rs.getLong("id"), rs.getObject("community_id", Long.class), rs.getLong("actor_id"),
                ModerationAction.valueOf(rs.getString("action")), type == null ? null : TargetType.valueOf(type),
                rs.getObject("target_id", Long.class), rs.getObject("target_account_id", Long.class), rs.getString("reason"),
                rs.getString("detail"), Timestamps.instant(rs, "created_at"));
    }
}
