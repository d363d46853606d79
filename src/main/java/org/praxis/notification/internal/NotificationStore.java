package org.praxis.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.praxis.notification.NotificationKind;
import org.praxis.shared.jdbc.InsertIfAbsent;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The notification table, in plain SQL: rows are written in batches when news reaches a whole community. */
@Repository
public class NotificationStore {

    private static final int CHUNK = 500;
    private static final String COLUMNS = "id, recipient_id, kind, variant, community_id, subject_type, subject_id, "
            + "actor_id, title, detail, link, dedupe_key, created_at, read_at, email_plan";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final InsertIfAbsent inserts;

    NotificationStore(JdbcTemplate jdbc, InsertIfAbsent inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Stores those of the notifications not stored before (same recipient and dedupe key) and
     * returns them: a domain event delivered again after a crash adds nothing, and of two events
     * about one thing handled at once (a reply that is also a mention), one row stays.
     */
    public List<NewNotification> insertNew(List<NewNotification> notifications) {
        List<NewNotification> fresh = new ArrayList<>();
        for (int from = 0; from < notifications.size(); from += CHUNK) {
            List<NewNotification> chunk = notifications.subList(from, Math.min(from + CHUNK, notifications.size()));
            Set<String> known = new HashSet<>();
            named.query("select recipient_id, dedupe_key from notification where recipient_id in (:ids) and dedupe_key in (:keys)",
                    new MapSqlParameterSource("ids", chunk.stream().map(NewNotification::recipientId).distinct().toList())
                            .addValue("keys", chunk.stream().map(NewNotification::dedupeKey).distinct().toList()),
                    rs -> {
                        known.add(rs.getLong(1) + " " + rs.getString(2));
                    });
            List<Object[]> rows = new ArrayList<>();
            List<NewNotification> candidates = new ArrayList<>();
            for (NewNotification n : chunk) {
                if (known.add(n.recipientId() + " " + n.dedupeKey())) {
                    candidates.add(n);
                    rows.add(new Object[] {n.recipientId(), n.kind().name(), n.variant(), n.communityId(), n.subjectType(),
                            n.subjectId(), n.actorId(), n.title(), n.detail(), n.link(), n.dedupeKey(), Timestamps.at(n.createdAt()),
                            n.emailPlan(), "IMMEDIATE".equals(n.emailPlan()) || "NONE".equals(n.emailPlan()) ? Timestamps.at(n.createdAt()) : null});
                }
            }
            boolean[] inserted = inserts.insert("insert into notification (recipient_id, kind, variant, community_id, subject_type, "
                    + "subject_id, actor_id, title, detail, link, dedupe_key, created_at, email_plan, emailed_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "recipient_id, dedupe_key", rows);
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i]) {
                    fresh.add(candidates.get(i));
                }
            }
        }
        return fresh;
    }

    /** The newest notifications of a recipient, older than {@code beforeId} when given, optionally in one community. */
    public List<StoredNotification> newest(long recipientId, Long communityId, Long beforeId, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("r", recipientId).addValue("limit", limit);
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from notification where recipient_id = :r");
        if (communityId != null) {
            sql.append(" and community_id = :c");
            params.addValue("c", communityId);
        }
        if (beforeId != null) {
            sql.append(" and id < :before");
            params.addValue("before", beforeId);
        }
        sql.append(" order by id desc limit :limit");
        return named.query(sql.toString(), params, ROW);
    }

    public java.util.Optional<StoredNotification> find(long recipientId, long id) {
        return jdbc.query("select " + COLUMNS + " from notification where recipient_id = ? and id = ?", ROW, recipientId, id)
                .stream().findFirst();
    }

    public long countUnread(long recipientId) {
        Long n = jdbc.queryForObject("select count(*) from notification where recipient_id = ? and read_at is null",
                Long.class, recipientId);
        return n == null ? 0 : n;
    }

    /** Communities the recipient has notifications from, for the filter. */
    public List<Long> communityIds(long recipientId) {
        return jdbc.queryForList("select distinct community_id from notification where recipient_id = ? and community_id is not null",
                Long.class, recipientId);
    }

    public int markRead(long recipientId, Collection<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return named.update("update notification set read_at = :at where recipient_id = :r and id in (:ids) and read_at is null",
                new MapSqlParameterSource("at", Timestamps.at(at)).addValue("r", recipientId).addValue("ids", ids));
    }

    public int markAllRead(long recipientId, Long communityId, Instant at) {
        if (communityId == null) {
            return jdbc.update("update notification set read_at = ? where recipient_id = ? and read_at is null", Timestamps.at(at), recipientId);
        }
        return jdbc.update("update notification set read_at = ? where recipient_id = ? and community_id = ? and read_at is null",
                Timestamps.at(at), recipientId, communityId);
    }

    /** Someone left a community: what they were told about it goes with them. */
    public int deleteForRecipientIn(long recipientId, long communityId) {
        return jdbc.update("delete from notification where recipient_id = ? and community_id = ?", recipientId, communityId);
    }

    /** Content was removed: nobody is told about it any more (except by the removal notice itself). */
    public int deleteAbout(String subjectType, long subjectId, NotificationKind keep) {
        return jdbc.update("delete from notification where subject_type = ? and subject_id = ? and kind <> ?",
                subjectType, subjectId, keep.name());
    }

    /** Notifications of one kind of subject in a community (a handled join request) go for everyone. */
    public int deleteAboutIn(long communityId, String subjectType, long subjectId) {
        return jdbc.update("delete from notification where community_id = ? and subject_type = ? and subject_id = ?",
                communityId, subjectType, subjectId);
    }

    /**
     * The member turned some e-mail off: what waits for a digest under it (from this community
     * and of this kind, when given) is not sent.
     */
    public int cancelWaitingMail(long recipientId, Long communityId, String kind) {
        StringBuilder sql = new StringBuilder("update notification set email_plan = 'NONE' where recipient_id = :r "
                + "and email_plan in ('DAILY', 'WEEKLY') and emailed_at is null");
        MapSqlParameterSource params = new MapSqlParameterSource("r", recipientId);
        if (communityId != null) {
            sql.append(" and community_id = :c");
            params.addValue("c", communityId);
        }
        if (kind != null) {
            sql.append(" and kind = :k");
            params.addValue("k", kind);
        }
        return named.update(sql.toString(), params);
    }

    /** Recipients with notifications waiting for a digest of this plan. */
    public List<Long> awaitingDigest(String plan, Instant until, int limit) {
        return jdbc.queryForList("select distinct recipient_id from notification where email_plan = ? and emailed_at is null "
                + "and created_at <= ? order by recipient_id limit ?", Long.class, plan, Timestamps.at(until), limit);
    }

    public List<StoredNotification> digestItems(long recipientId, String plan, Instant until) {
        return jdbc.query("select " + COLUMNS + " from notification where recipient_id = ? and email_plan = ? "
                + "and emailed_at is null and created_at <= ? order by community_id, id", ROW, recipientId, plan, Timestamps.at(until));
    }

    public void markEmailed(Collection<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            named.update("update notification set emailed_at = :at where id in (:ids)",
                    new MapSqlParameterSource("at", Timestamps.at(at)).addValue("ids", ids));
        }
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static final RowMapper<StoredNotification> ROW = (rs, i) -> new StoredNotification(
            rs.getLong("id"), rs.getLong("recipient_id"), NotificationKind.valueOf(rs.getString("kind")),
            rs.getString("variant"), nullableLong(rs, "community_id"), rs.getString("subject_type"),
            nullableLong(rs, "subject_id"), nullableLong(rs, "actor_id"), rs.getString("title"), rs.getString("detail"),
            rs.getString("link"), rs.getString("dedupe_key"), Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "read_at"),
            rs.getString("email_plan"));
}
