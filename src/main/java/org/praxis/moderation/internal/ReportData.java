package org.praxis.moderation.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.praxis.account.PersonalDataPart;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports a member filed, for their export. Reports about them are left out: who reported
 * them is other people's data. The reported thing is named by type and id, not quoted.
 */
@Component
class ReportData implements PersonalDataPart {

    /** A report they filed and where it stands. */
    public record Filed(CommunityRef community, String targetType, long targetId, String category, String note,
                        Instant createdAt, String status, Instant resolvedAt) {
    }

    private final JdbcTemplate jdbc;
    private final CommunityCatalog communities;

    ReportData(JdbcTemplate jdbc, CommunityCatalog communities) {
        this.jdbc = jdbc;
        this.communities = communities;
    }

    @Override
    public String name() {
        return "reportsFiled";
    }

    @Override
    public Object export(long accountId) {
        Map<Long, CommunityRef> refs = communities.refs(new HashSet<>(jdbc.queryForList(
                "select community_id from moderation_report where reporter_id = ? and community_id is not null",
                Long.class, accountId)));
        List<Filed> filed = jdbc.query("select community_id, target_type, target_id, category, note, created_at, status, "
                        + "resolved_at from moderation_report where reporter_id = ? order by created_at, id",
                (rs, n) -> new Filed(refs.get(rs.getObject("community_id", Long.class)), rs.getString("target_type"),
                        rs.getLong("target_id"), rs.getString("category"), rs.getString("note"),
                        Timestamps.instant(rs, "created_at"), rs.getString("status"), Timestamps.instant(rs, "resolved_at")),
                accountId);
        return filed;
    }
}
