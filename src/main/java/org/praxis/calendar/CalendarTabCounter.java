package org.praxis.calendar;

import java.util.Map;

import org.praxis.community.CommunityTab;
import org.praxis.community.TabCounter;
import org.springframework.stereotype.Component;

/** The counter of the Calendar tab: upcoming events the reader may read. */
@Component
class CalendarTabCounter implements TabCounter {

    private final CommunityCalendar calendar;

    CalendarTabCounter(CommunityCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Map<CommunityTab, Long> count(long communityId, boolean seesMembersOnly) {
        return Map.of(CommunityTab.CALENDAR, calendar.upcomingCount(communityId, seesMembersOnly));
    }
}
