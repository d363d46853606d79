package org.praxis.calendar;

import java.util.Collection;
import java.util.Set;

import org.praxis.calendar.internal.CalendarEvents;
import org.praxis.calendar.internal.Event;
import org.praxis.community.ReadChecks;
import org.praxis.policy.Actor;
import org.praxis.policy.ReadableContent;
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
    private final ReadChecks checks;
    private final CalendarRules calendar;

    ReadableEvents(CalendarEvents events, ReadChecks checks,
                   CalendarRules calendar) {
        this.events = events;
        this.checks = checks;
        this.calendar = calendar;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableBy(Actor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return checks.readable(actor, events.findAllById(Set.copyOf(ids)), Event::getId, Event::getCommunityId,
                (e, c, r) -> calendar.mayRead(actor, c, r, e));
    }
}
