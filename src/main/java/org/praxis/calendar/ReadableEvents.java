package org.praxis.calendar;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.calendar.internal.CalendarEvents;
import org.praxis.calendar.internal.Event;
import org.praxis.community.CommunityCatalog;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.ReadableContent;
import org.praxis.policy.Relation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which events an actor may read now, for notifications, digests and live updates: the same
 * decision as an event's page ({@link CalendarRules#mayRead}), taken for many events at once
 * (the events, their communities, and the actor's relations: a few queries whatever their number).
 */
@Component
class ReadableEvents implements ReadableContent {

    static final String TYPE = "EVENT";

    private final CalendarEvents events;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private final CalendarRules calendar;

    ReadableEvents(CalendarEvents events, CommunityCatalog catalog, CommunityMembership membership,
                   CalendarRules calendar) {
        this.events = events;
        this.catalog = catalog;
        this.membership = membership;
        this.calendar = calendar;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableBy(Actor actor, Collection<Long> ids) {
        Set<Long> readable = new HashSet<>();
        if (ids.isEmpty()) {
            return readable;
        }
        List<Event> found = events.findAllById(Set.copyOf(ids));
        Set<Long> communityIds = new HashSet<>();
        found.forEach(e -> communityIds.add(e.getCommunityId()));
        Map<Long, CommunityFacts> facts = catalog.factsOf(communityIds);
        Map<Long, Relation> relations = membership.relationsTo(actor, facts.values());
        for (Event e : found) {
            CommunityFacts c = facts.get(e.getCommunityId());
            if (c != null && calendar.mayRead(actor, c, relations.get(c.id()), e)) {
                readable.add(e.getId());
            }
        }
        return readable;
    }
}
