package org.praxis.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The three years a generated platform has lived, ending at the moment of generation. Moments
 * are kept as seconds since its start (an int is enough), so large arrays of them stay small.
 */
final class Timeline {

    static final int DAY = 86_400;
    static final int YEARS = 3;

    private final Instant start;
    private final int span;

    Timeline(Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES);
        this.start = end.minus(Duration.ofDays(365L * YEARS));
        this.span = (int) Duration.between(start, end).toSeconds();
    }

    /** Seconds from the start to now. */
    int span() {
        return span;
    }

    Instant at(long second) {
        return start.plusSeconds(Math.min(second, span));
    }

    /** A moment with milliseconds, for rows written many to a second. */
    Instant at(long second, int millis) {
        return second >= span ? start.plusSeconds(span) : start.plusSeconds(second).plusMillis(millis);
    }

    /**
     * A moment between {@code from} and {@code to}, more likely near {@code to}: a platform that
     * grows has more happening lately ({@code bias} above 1 packs it further toward the end).
     */
    static int recentBetween(java.util.SplittableRandom random, int from, int to, double bias) {
        if (to <= from) {
            return from;
        }
        return from + (int) ((to - from) * Math.pow(random.nextDouble(), 1 / bias));
    }

    /** A moment between {@code from} and {@code to}, more likely near {@code from}. */
    static int earlyBetween(java.util.SplittableRandom random, int from, int to, double bias) {
        if (to <= from) {
            return from;
        }
        return from + (int) ((to - from) * Math.pow(random.nextDouble(), bias));
    }
}
