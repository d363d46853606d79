package org.praxis.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.praxis.notification.NotificationKind;
import org.praxis.shared.jdbc.InsertIfAbsent;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each community's news log, and its newsletters. */
@Repository
public class NewsStore {

    /** One piece of news. */
    public record News(long id, long communityId, NotificationKind kind, String variant, String subjectType, long subjectId,
                       String title, String link, Instant at) {
    }

    /** A newsletter as stored. */
    public record Newsletter(long id, long communityId, Long authorId, String subject, String editorial, List<Long> newsIds,
                             String status, Instant createdAt, Instant sentAt, Integer recipients) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final InsertIfAbsent inserts;

    NewsStore(JdbcTemplate jdbc, InsertIfAbsent inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Records news once per subject (an event handled again adds nothing). */
    public void record(Occurrence o) {
        if (o.communityId() == null || o.subjectType() == null || o.subjectId() == null) {
            return;
        }
        inserts.insert("insert into notification_news (community_id, kind, variant, subject_type, subject_id, title, link, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)", "community_id, subject_type, subject_id",
                List.<Object[]>of(new Object[] {o.communityId(), o.kind().name(), o.variant(), o.subjectType(), o.subjectId(), o.title(),
                        o.path(), Timestamps.at(o.at())}));
    }

    /** A subject's news follows it to another community (a moved discussion). */
    public void move(String subjectType, long subjectId, long toCommunityId) {
        jdbc.update("update notification_news set community_id = ? where subject_type = ? and subject_id = ?", toCommunityId,
                subjectType, subjectId);
    }

    public List<News> since(long communityId, Instant since, int limit) {
        return jdbc.query("select * from notification_news where community_id = ? and created_at >= ? order by created_at desc, id desc limit ?",
                NEWS, communityId, Timestamps.at(since), limit);
    }

    public List<News> byIds(long communityId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return named.query("select * from notification_news where community_id = :c and id in (:ids) order by created_at desc, id desc",
                new MapSqlParameterSource("c", communityId).addValue("ids", ids), NEWS);
    }

    public long createDraft(long communityId, long authorId, String subject, String editorial, List<Long> newsIds, Instant at) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into notification_newsletter (community_id, author_id, subject, editorial, news_ids, "
                    + "status, created_at) values (?, ?, ?, ?, ?, 'DRAFT', ?)", new String[] {"id"});
            ps.setLong(1, communityId);
            ps.setLong(2, authorId);
            ps.setString(3, subject);
            ps.setString(4, editorial);
            ps.setString(5, join(newsIds));
            ps.setObject(6, Timestamps.at(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public void updateDraft(long id, String subject, String editorial, List<Long> newsIds) {
        jdbc.update("update notification_newsletter set subject = ?, editorial = ?, news_ids = ? where id = ? and status = 'DRAFT'",
                subject, editorial, join(newsIds), id);
    }

    /** Marks a draft sent; false when it was sent already (a second click, another admin). */
    public boolean markSent(long id, Instant at) {
        return jdbc.update("update notification_newsletter set status = 'SENT', sent_at = ? where id = ? and status = 'DRAFT'",
                Timestamps.at(at), id) == 1;
    }

    public void recordRecipients(long id, int recipients) {
        jdbc.update("update notification_newsletter set recipients = ? where id = ?", recipients, id);
    }

    public java.util.Optional<Newsletter> find(long communityId, long id) {
        return jdbc.query("select * from notification_newsletter where community_id = ? and id = ?", NEWSLETTER, communityId, id)
                .stream().findFirst();
    }

    public java.util.Optional<Newsletter> find(long id) {
        return jdbc.query("select * from notification_newsletter where id = ?", NEWSLETTER, id).stream().findFirst();
    }

    public List<Newsletter> history(long communityId, int limit) {
        return jdbc.query("select * from notification_newsletter where community_id = ? order by id desc limit ?", NEWSLETTER,
                communityId, limit);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static final RowMapper<News> NEWS = (rs, i) -> new News(rs.getLong("id"), rs.getLong("community_id"),
            NotificationKind.valueOf(rs.getString("kind")), rs.getString("variant"), rs.getString("subject_type"),
            rs.getLong("subject_id"), rs.getString("title"), rs.getString("link"), Timestamps.instant(rs, "created_at"));

    private static final RowMapper<Newsletter> NEWSLETTER = (rs, i) -> {
        String ids = rs.getString("news_ids");
        long author = rs.getLong("author_id");
        Long authorId = rs.wasNull() ? null : author;
        int recipients = rs.getInt("recipients");
        Integer count = rs.wasNull() ? null : recipients;
        return new Newsletter(rs.getLong("id"), rs.getLong("community_id"), authorId, rs.getString("subject"),
                rs.getString("editorial"), ids.isBlank() ? List.of() : java.util.Arrays.stream(ids.split(",")).map(Long::valueOf).toList(),
                rs.getString("status"), Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "sent_at"), count);
    };
}
