package org.praxis.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a meeting repeats: the subset of RFC 5545 recurrence rules Praxis offers (weekly or
 * monthly, a number of times). Occurrences are computed in the organiser's zone, so the local
 * hour stays the same across daylight-saving changes.
 */
public enum Recurrence {
    WEEKLY, MONTHLY;

    public static final int MAX_OCCURRENCES = 52;
    /** A monthly meeting falls on a day every month has. */
    public static final int MONTHLY_LAST_DAY = 28;

    /** One occurrence of an event, as instants. */
    public record Occurrence(Instant start, Instant end) {
    }

    /** The RRULE value of this rule. */
    public String rrule(int count) {
        return "FREQ=" + name() + ";COUNT=" + count;
    }

    /** Every occurrence; an event that does not repeat has one. */
    public static List<Occurrence> expand(Instant start, Instant end, ZoneId zone, Recurrence rule, Integer count) {
        Duration length = Duration.between(start, end);
        ZonedDateTime first = start.atZone(zone);
        int times = rule == null || count == null ? 1 : count;
        List<Occurrence> all = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            ZonedDateTime at = rule == MONTHLY ? first.plusMonths(i) : first.plusWeeks(i);
            all.add(new Occurrence(at.toInstant(), at.toInstant().plus(length)));
        }
        return all;
    }
}
