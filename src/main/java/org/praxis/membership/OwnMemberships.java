package org.praxis.membership;

import java.time.Instant;
import java.util.List;

import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A member's own memberships, join requests and invitations received, by community id: what
 * their personal data export lists (the community module names the communities). The message
 * of a join request is theirs; who invited them and why is not listed.
 */
@Service
public class OwnMemberships {

    /** Everything about the member's ties to communities. */
    public record Ties(List<Joined> memberships, List<Asked> joinRequests, List<Invited> invitations) {
    }

    /** A community they belong to. */
    public record Joined(long communityId, String role, Instant joinedAt) {
    }

    /** A request they made to join. */
    public record Asked(long communityId, String message, String status, Instant createdAt, Instant decidedAt) {
    }

    /** An invitation they received. */
    public record Invited(long communityId, String status, Instant createdAt, Instant expiresAt, Instant decidedAt) {
    }

    private final JdbcTemplate jdbc;

    public OwnMemberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Ties of(long accountId) {
        List<Joined> joined = jdbc.query("select community_id, role, joined_at from membership where account_id = ? "
                        + "order by joined_at, id",
                (rs, n) -> new Joined(rs.getLong("community_id"), rs.getString("role"), Timestamps.instant(rs, "joined_at")),
                accountId);
        List<Asked> asked = jdbc.query("select community_id, message, status, created_at, decided_at from join_request "
                        + "where account_id = ? order by created_at, id",
                (rs, n) -> new Asked(rs.getLong("community_id"), rs.getString("message"), rs.getString("status"),
                        Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "decided_at")), accountId);
        List<Invited> invited = jdbc.query("select community_id, status, created_at, expires_at, decided_at from invitation "
                        + "where account_id = ? order by created_at, id",
                (rs, n) -> new Invited(rs.getLong("community_id"), rs.getString("status"), Timestamps.instant(rs, "created_at"),
                        Timestamps.instant(rs, "expires_at"), Timestamps.instant(rs, "decided_at")), accountId);
        return new Ties(joined, asked, invited);
    }
}
