package org.praxis.calendar;

import org.praxis.calendar.CalendarDomainEvents.EventPublished;
import org.praxis.community.CommunityActivity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the community when an event was published there, which keeps it from counting as inactive. */
@Component("calendarActivityReports")
class CommunityActivityReports {

    private final CommunityActivity activity;

    CommunityActivityReports(CommunityActivity activity) {
        this.activity = activity;
    }

    @ApplicationModuleListener
    void on(EventPublished event) {
        activity.record(event.communityId(), event.at());
    }
}
