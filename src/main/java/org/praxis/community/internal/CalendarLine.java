package org.praxis.community.internal;

import jakarta.persistence.Embeddable;

/** One line of a community's activity calendar. */
@Embeddable
public class CalendarLine {

    private String period;
    private String activities;

    protected CalendarLine() {
    }

    public CalendarLine(String period, String activities) {
        this.period = period;
        this.activities = activities;
    }

    public String getPeriod() { return period; }
    public String getActivities() { return activities; }
}
