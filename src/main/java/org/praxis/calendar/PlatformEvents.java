package org.praxis.calendar;

import java.util.List;

import org.praxis.policy.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's CalendarEvents page: upcoming events of every community whose calendar the viewer may
 * read (open communities' public events, and the viewer's own communities'), never one the
 * rules hide from them.
 */
@Service
public class PlatformEvents {

    public static final int SIZE = 100;

    private final CalendarFeeds feeds;

    PlatformEvents(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Transactional(readOnly = true)
    public List<EventSummary> upcoming(Actor viewer) {
        return feeds.upcoming(viewer, SIZE);
    }
}
