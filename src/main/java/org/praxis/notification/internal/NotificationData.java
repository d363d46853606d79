package org.praxis.notification.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.account.PersonalDataPart;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's e-mail preferences, the communities they stopped following and their latest
 * notifications for their export. A notification's title quotes content the member may no longer
 * read (they may have left), so only its kind, link and dates are given.
 */
@Component
class NotificationData implements PersonalDataPart {

    static final int NOTIFICATIONS = 500;

    /** The member's notification settings and latest notifications. */
    public record Notifications(List<Preference> emailPreferences, List<CommunityRef> notFollowing,
                                List<Received> latest) {
    }

    /** How one kind of notification reaches them; no community means every community. */
    public record Preference(CommunityRef community, String kind, String delivery) {
    }

    /** A notification they received. */
    public record Received(String kind, String variant, String link, Instant createdAt, Instant readAt) {
    }

    private final JdbcTemplate jdbc;
    private final CommunityCatalog communities;

    NotificationData(JdbcTemplate jdbc, CommunityCatalog communities) {
        this.jdbc = jdbc;
        this.communities = communities;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Object export(long accountId) {
        Set<Long> ids = new HashSet<>(jdbc.queryForList("select community_id from notification_preference where account_id = ? "
                + "union select community_id from notification_unfollow where account_id = ?", Long.class, accountId, accountId));
        Map<Long, CommunityRef> refs = communities.refs(ids);
        List<Preference> preferences = jdbc.query("select community_id, kind, delivery from notification_preference "
                        + "where account_id = ? order by community_id, kind",
                (rs, n) -> new Preference(refs.get(rs.getLong("community_id")), rs.getString("kind"), rs.getString("delivery")),
                accountId);
        List<CommunityRef> unfollowed = jdbc.queryForList("select community_id from notification_unfollow where account_id = ? "
                + "order by community_id", Long.class, accountId).stream().map(refs::get).toList();
        List<Received> latest = jdbc.query("select kind, variant, link, created_at, read_at from notification "
                        + "where recipient_id = ? order by id desc fetch first " + NOTIFICATIONS + " rows only",
                (rs, n) -> new Received(rs.getString("kind"), rs.getString("variant"), rs.getString("link"),
                        Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "read_at")), accountId);
        return new Notifications(preferences, unfollowed, latest);
    }
}
