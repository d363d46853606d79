package org.praxis.moderation;

import java.time.Duration;
import java.time.Instant;

/** How long a report has waited, against the community's promised response time (hours), if it made one. */
public record Waiting(Instant since, long hours, Integer promisedHours) {

    static Waiting of(Instant since, Instant now, Integer promisedHours) {
        return new Waiting(since, Math.max(0, Duration.between(since, now).toHours()), promisedHours);
    }

    public boolean overdue() {
        return promisedHours != null && hours >= promisedHours;
    }

    /** Days, for waits of two days or more (shown as days rather than hours). */
    public long days() {
        return hours / 24;
    }
}
