package org.praxis.moderation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.praxis.moderation.ReportCategory;
import org.praxis.moderation.ReportStatus;
import org.praxis.moderation.TargetType;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reports as stored: one row per reporter and report, resolved together for one reported thing. */
@Repository
public class ReportStore {

    /** What was reported, as it was when reported. */
    public record Target(TargetType type, long id, Long parentId, Long communityId, Long accountId, String title,
                         String excerpt, String path) {
    }

    /** One report. */
    public record Report(long id, Target target, long reporterId, ReportCategory category, String note, Instant createdAt,
                         ReportStatus status, Instant resolvedAt, Long resolvedBy, String resolution) {
    }

    private static final RowMapper<Report> REPORT = ReportStore::report;

    private final JdbcTemplate jdbc;

    ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Target t, long reporterId, ReportCategory category, String note, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("insert into moderation_report (community_id, target_type, target_id, "
                    + "target_parent_id, target_account_id, target_title, target_excerpt, target_path, reporter_id, category, "
                    + "note, created_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')", new String[] {"id"});
            s.setObject(1, t.communityId());
            s.setString(2, t.type().name());
            s.setLong(3, t.id());
            s.setObject(4, t.parentId());
            s.setObject(5, t.accountId());
            s.setString(6, t.title());
            s.setString(7, t.excerpt());
            s.setString(8, t.path());
            s.setLong(9, reporterId);
            s.setString(10, category.name());
            s.setString(11, note);
            s.setObject(12, Timestamps.at(at));
            return s;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Each community's reports about a thing are its own (a profile may be reported in several
     * communities, and outside any: {@code communityId} null, for staff).
     */
    public boolean hasOpen(long reporterId, TargetType type, long targetId, Long communityId) {
        Long n = jdbc.queryForObject("select count(*) from moderation_report where reporter_id = ? and target_type = ? "
                + "and target_id = ? and status = 'OPEN' and " + inCommunity(communityId), Long.class,
                args(communityId, reporterId, type.name(), targetId));
        return n != null && n > 0;
    }

    public Optional<Report> find(long id) {
        return jdbc.query("select * from moderation_report where id = ?", REPORT, id).stream().findFirst();
    }

    /** Open reports, oldest first: of one community, or of all (and about profiles outside any) when null. */
    public List<Report> open(Long communityId, int limit) {
        return communityId == null
                ? jdbc.query("select * from moderation_report where status = 'OPEN' order by created_at, id limit ?", REPORT, limit)
                : jdbc.query("select * from moderation_report where community_id = ? and status = 'OPEN' order by created_at, id "
                        + "limit ?", REPORT, communityId, limit);
    }

    /** Every report about one thing in one community (or outside any), newest first. */
    public List<Report> about(TargetType type, long targetId, Long communityId) {
        return jdbc.query("select * from moderation_report where target_type = ? and target_id = ? and "
                + inCommunity(communityId) + " order by created_at desc, id desc", REPORT, args(communityId, type.name(), targetId));
    }

    /** Closes the open reports about one thing in one community (or outside any); returns how many. */
    public int resolve(TargetType type, long targetId, Long communityId, ReportStatus status, long by, String resolution,
                       Instant at) {
        return jdbc.update("update moderation_report set status = ?, resolved_at = ?, resolved_by = ?, resolution = ? "
                        + "where target_type = ? and target_id = ? and status = 'OPEN' and " + inCommunity(communityId),
                args(communityId, status.name(), Timestamps.at(at), by, resolution, type.name(), targetId));
    }

    private static String inCommunity(Long communityId) {
        return communityId == null ? "community_id is null" : "community_id = ?";
    }

    /** The arguments, with the community's id last when the condition names it. */
    private static Object[] args(Long communityId, Object... others) {
        if (communityId == null) {
            return others;
        }
        Object[] all = java.util.Arrays.copyOf(others, others.length + 1);
        all[others.length] = communityId;
        return all;
    }

    /** How the reports about a member's posts and profile in a community ended, by status. */
    public Map<ReportStatus, Long> countsAbout(long communityId, long accountId) {
        Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
        jdbc.query("select status, count(*) n from moderation_report where community_id = ? and target_account_id = ? "
                + "group by status", rs -> {
                    counts.put(ReportStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                }, communityId, accountId);
        return counts;
    }

    private static Report report(ResultSet rs, int row) throws SQLException {
        Target target = new Target(TargetType.valueOf(rs.getString("target_type")), rs.getLong("target_id"),
                rs.getObject("target_parent_id", Long.class), rs.getObject("community_id", Long.class),
                rs.getObject("target_account_id", Long.class), rs.getString("target_title"),
                rs.getString("target_excerpt"), rs.getString("target_path"));
        return new Report(rs.getLong("id"), target, rs.getLong("reporter_id"), ReportCategory.valueOf(rs.getString("category")),
                rs.getString("note"), Timestamps.instant(rs, "created_at"), ReportStatus.valueOf(rs.getString("status")),
                Timestamps.instant(rs, "resolved_at"), rs.getObject("resolved_by", Long.class), rs.getString("resolution"));
    }
}
