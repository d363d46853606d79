package org.praxis.calendar;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.praxis.calendar.internal.CalendarEvents;
import org.praxis.calendar.internal.Event;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events as notifications and e-mails describe them ({@link EventBrief}). No access check here:
 * the sender asks the "EVENT" {@link org.praxis.policy.ReadableContent} about each reader first.
 */
@Service
public class EventBriefs {

    private final CalendarEvents events;
    private final CommunityCatalog catalog;
    private final java.time.Clock clock;

    EventBriefs(CalendarEvents events, CommunityCatalog catalog, java.time.Clock clock) {
        this.events = events;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** One event, if it exists. */
    @Transactional(readOnly = true)
    public Optional<EventBrief> brief(long eventId) {
        return Optional.ofNullable(briefs(Set.of(eventId)).get(eventId));
    }

    /** Several events by id, in two queries; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, EventBrief> briefs(Collection<Long> eventIds) {
        Map<Long, EventBrief> briefs = new HashMap<>();
        if (eventIds.isEmpty()) {
            return briefs;
        }
        var found = events.findAllById(Set.copyOf(eventIds));
        Set<Long> communityIds = new HashSet<>();
        found.forEach(e -> communityIds.add(e.getCommunityId()));
        Map<Long, CommunityRef> refs = catalog.refs(communityIds);
        Instant now = clock.instant();
        for (Event e : found) {
            CommunityRef c = refs.get(e.getCommunityId());
            if (c == null) {
                continue;
            }
            Recurrence.Occurrence next = CalendarRules.occurrences(e).stream().filter(o -> !o.end().isBefore(now))
                    .findFirst().orElseGet(() -> new Recurrence.Occurrence(e.getStartsAt(), e.getEndsAt()));
            briefs.put(e.getId(), new EventBrief(e.getId(), c.id(), c.slug(), c.name(), e.getTitle(), e.getKind(),
                    e.getStatus(), next.start(), next.end(), e.getTimeZone(), e.isMembersOnly(), e.getLocation(),
                    e.getOnlineUrl() != null, "/c/" + c.slug() + "/calendar/" + e.getId(), e.getCreatedBy()));
        }
        return briefs;
    }
}
