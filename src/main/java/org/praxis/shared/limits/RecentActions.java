package org.praxis.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The limited actions members did lately, in the database so that every node counts the same ones. */
@Component
class RecentActions {

    /** How much of an action one member did, and all members of the community together. */
    record Done(long byMember, long inCommunity) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RecentActions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One statement for both counts, each along its own index. */
    Done since(LimitedAction action, long communityId, long accountId, Instant memberSince, Instant communitySince) {
        return jdbc.query("""
                select 'MEMBER' as scope, coalesce(sum(units), 0) as done from rate_limited_action
                 where community_id = ? and limited_action = ? and account_id = ? and done_at > ?
                union all
                select 'COMMUNITY' as scope, coalesce(sum(units), 0) as done from rate_limited_action
                 where community_id = ? and limited_action = ? and done_at > ?""", rs -> {
            long member = 0;
            long community = 0;
            while (rs.next()) {
                if ("MEMBER".equals(rs.getString("scope"))) {
                    member = rs.getLong("done");
                } else {
                    community = rs.getLong("done");
                }
            }
            return new Done(member, community);
        }, communityId, action.name(), accountId, Timestamps.at(memberSince),
                communityId, action.name(), Timestamps.at(communitySince));
    }

    /**
     * When enough of what was done since {@code since} leaves the window to free {@code excess}
     * units: the time of the action that frees the last of them (of one member's actions when
     * {@code accountId} is given, of the whole community's otherwise).
     */
    Instant freedAt(LimitedAction action, long communityId, Long accountId, Instant since, long excess) {
        String sql = "select units, done_at from rate_limited_action where community_id = ? and limited_action = ?"
                + (accountId == null ? "" : " and account_id = ?") + " and done_at > ? order by done_at";
        Object[] args = accountId == null ? new Object[] {communityId, action.name(), Timestamps.at(since)}
                : new Object[] {communityId, action.name(), accountId, Timestamps.at(since)};
        return jdbc.query(sql, rs -> {
            long freed = 0;
            while (rs.next()) {
                freed += rs.getInt("units");
                if (freed >= excess) {
                    return Timestamps.instant(rs, "done_at");
                }
            }
            return since;
        }, args);
    }

    void record(LimitedAction action, long communityId, long accountId, int units, Instant at) {
        jdbc.update("insert into rate_limited_action (limited_action, community_id, account_id, units, done_at) "
                + "values (?, ?, ?, ?, ?)", action.name(), communityId, accountId, units, Timestamps.at(at));
    }

    /**
     * Forgets what no limit can count any more, every hour. Deleting what is old is the same
     * whichever node does it, so every node may run it.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
    public int forgetOld() {
        Instant before = clock.instant().minus(Duration.ofMinutes(RateLimit.WINDOW_MAX_MINUTES));
        return jdbc.update("delete from rate_limited_action where done_at < ?", Timestamps.at(before));
    }

    void forget(long accountId) {
        jdbc.update("delete from rate_limited_action where account_id = ?", accountId);
    }
}
