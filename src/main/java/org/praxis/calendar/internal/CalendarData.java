package org.praxis.calendar.internal;

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
 * A member's events for their export: those they created, in full, and their registrations.
 * An event someone else wrote is named by id only, like a discussion under one's comment.
 */
@Component
class CalendarData implements PersonalDataPart {

    /** The member's calendar. */
    public record Calendar(List<OwnEvent> eventsCreated, List<OwnRegistration> registrations) {
    }

    /** An event they created. */
    public record OwnEvent(long id, CommunityRef community, String title, String description, String kind, String status,
                           Instant startsAt, Instant endsAt, String location, Instant createdAt) {
    }

    /** Their registration to an event. */
    public record OwnRegistration(long eventId, CommunityRef community, String status, Instant registeredAt) {
    }

    private final JdbcTemplate jdbc;
    private final CommunityCatalog communities;

    CalendarData(JdbcTemplate jdbc, CommunityCatalog communities) {
        this.jdbc = jdbc;
        this.communities = communities;
    }

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public Object export(long accountId) {
        Map<Long, CommunityRef> refs = communities.refs(new HashSet<>(jdbc.queryForList(
                "select community_id from calendar_event where created_by = ? union select e.community_id "
                        + "from calendar_registration r join calendar_event e on e.id = r.event_id where r.account_id = ?",
                Long.class, accountId, accountId)));
        List<OwnEvent> created = jdbc.query("select id, community_id, title, description, kind, status, starts_at, ends_at, "
                        + "location, created_at from calendar_event where created_by = ? order by starts_at, id",
                (rs, n) -> new OwnEvent(rs.getLong("id"), refs.get(rs.getLong("community_id")), rs.getString("title"),
                        rs.getString("description"), rs.getString("kind"), rs.getString("status"),
                        Timestamps.instant(rs, "starts_at"), Timestamps.instant(rs, "ends_at"), rs.getString("location"),
                        Timestamps.instant(rs, "created_at")), accountId);
        List<OwnRegistration> registrations = jdbc.query("select r.event_id, e.community_id, r.status, r.registered_at "
                        + "from calendar_registration r join calendar_event e on e.id = r.event_id where r.account_id = ? "
                        + "order by r.registered_at, r.id",
                (rs, n) -> new OwnRegistration(rs.getLong("event_id"), refs.get(rs.getLong("community_id")),
                        rs.getString("status"), Timestamps.instant(rs, "registered_at")), accountId);
        return new Calendar(created, registrations);
    }
}
