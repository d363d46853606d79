package org.praxis.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.praxis.notification.Delivery;
import org.praxis.notification.NotificationKind;
import org.praxis.shared.Secrets;
import org.praxis.shared.jdbc.InsertIfAbsent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Members' e-mail preferences, the communities they stopped following, and their unsubscribe
 * secret. A preference row is (community or 0 for all, kind or ANY, delivery).
 */
@Repository
public class PreferenceStore {

    public static final long ALL_COMMUNITIES = 0;
    public static final String ANY_KIND = "ANY";
    private static final int CHUNK = 500;

    /** One stored preference. */
    public record Row(long accountId, long communityId, String kind, Delivery delivery) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final InsertIfAbsent inserts;

    PreferenceStore(JdbcTemplate jdbc, InsertIfAbsent inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public List<Row> rowsOf(long accountId) {
        return jdbc.query("select account_id, community_id, kind, delivery from notification_preference where account_id = ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), Delivery.valueOf(rs.getString(4))), accountId);
    }

    /** The rows that can decide how this kind from this community reaches each of the accounts. */
    public List<Row> rowsDeciding(Collection<Long> accountIds, Long communityId, NotificationKind kind) {
        List<Row> rows = new ArrayList<>();
        List<Long> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            rows.addAll(named.query("select account_id, community_id, kind, delivery from notification_preference "
                            + "where account_id in (:ids) and community_id in (0, :c) and kind in ('ANY', :k)",
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(from + CHUNK, ids.size())))
                            .addValue("c", communityId == null ? ALL_COMMUNITIES : communityId).addValue("k", kind.name()),
                    (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), Delivery.valueOf(rs.getString(4)))));
        }
        return rows;
    }

    public void set(long accountId, long communityId, String kind, Delivery delivery) {
        clear(accountId, communityId, kind);
        jdbc.update("insert into notification_preference (account_id, community_id, kind, delivery) values (?, ?, ?, ?)",
                accountId, communityId, kind, delivery.name());
    }

    public void clear(long accountId, long communityId, String kind) {
        jdbc.update("delete from notification_preference where account_id = ? and community_id = ? and kind = ?",
                accountId, communityId, kind);
    }

    public void clearAll(long accountId) {
        jdbc.update("delete from notification_preference where account_id = ?", accountId);
    }

    public Set<Long> unfollowedAmong(Collection<Long> accountIds, long communityId) {
        Set<Long> found = new HashSet<>();
        List<Long> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(named.queryForList("select account_id from notification_unfollow where community_id = :c and account_id in (:ids)",
                    new MapSqlParameterSource("c", communityId).addValue("ids", ids.subList(from, Math.min(from + CHUNK, ids.size()))),
                    Long.class));
        }
        return found;
    }

    public Set<Long> unfollowedBy(long accountId) {
        return new HashSet<>(jdbc.queryForList("select community_id from notification_unfollow where account_id = ?",
                Long.class, accountId));
    }

    public void follow(long accountId, long communityId, boolean following) {
        jdbc.update("delete from notification_unfollow where account_id = ? and community_id = ?", accountId, communityId);
        if (!following) {
            jdbc.update("insert into notification_unfollow (account_id, community_id) values (?, ?)", accountId, communityId);
        }
    }

    /** The account's unsubscribe secret, made on first use. */
    public String unsubscribeToken(long accountId) {
        Optional<String> existing = tokenOf(accountId);
        if (existing.isPresent()) {
            return existing.get();
        }
        // Another transaction may make it at the same moment: then theirs is kept.
        inserts.insert("insert into notification_member (account_id, unsubscribe_token) values (?, ?)", "account_id",
                List.<Object[]>of(new Object[] {accountId, Secrets.newSecret()}));
        return tokenOf(accountId).orElseThrow();
    }

    /** Unsubscribe secrets of several accounts, made where missing (for digests and newsletters). */
    public Map<Long, String> unsubscribeTokens(Collection<Long> accountIds) {
        Map<Long, String> tokens = new HashMap<>();
        List<Long> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            named.query("select account_id, unsubscribe_token from notification_member where account_id in (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(from + CHUNK, ids.size()))),
                    rs -> {
                        tokens.put(rs.getLong(1), rs.getString(2));
                    });
        }
        List<Object[]> missing = new ArrayList<>();
        for (Long id : ids) {
            if (!tokens.containsKey(id)) {
                missing.add(new Object[] {id, Secrets.newSecret()});
            }
        }
        if (!missing.isEmpty()) {
            inserts.insert("insert into notification_member (account_id, unsubscribe_token) values (?, ?)", "account_id", missing);
            // Read back: where another transaction made one at the same moment, theirs is kept.
            List<Long> made = missing.stream().map(row -> (Long) row[0]).toList();
            for (int from = 0; from < made.size(); from += CHUNK) {
                named.query("select account_id, unsubscribe_token from notification_member where account_id in (:ids)",
                        new MapSqlParameterSource("ids", made.subList(from, Math.min(from + CHUNK, made.size()))),
                        rs -> {
                            tokens.put(rs.getLong(1), rs.getString(2));
                        });
            }
        }
        return tokens;
    }

    private Optional<String> tokenOf(long accountId) {
        return jdbc.queryForList("select unsubscribe_token from notification_member where account_id = ?", String.class, accountId)
                .stream().findFirst();
    }

    public Optional<Long> accountByToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.queryForList("select account_id from notification_member where unsubscribe_token = ?", Long.class, token)
                .stream().findFirst();
    }
}
