package org.praxis.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Repeating meetings keep their local hour in the organiser's zone, whatever daylight saving does. */
class RecurrenceTest {

    @Test
    void monthlyMeetingInParisMovesInUtcWhenSummerTimeStarts() {
        Instant start = Instant.parse("2026-02-10T17:00:00Z"); // 18:00 in Paris
        List<Recurrence.Occurrence> all = Recurrence.expand(start, start.plusSeconds(3600), ZoneId.of("Europe/Paris"),
                Recurrence.MONTHLY, 3);
        assertThat(all).extracting(Recurrence.Occurrence::start).containsExactly(Instant.parse("2026-02-10T17:00:00Z"),
                Instant.parse("2026-03-10T17:00:00Z"), Instant.parse("2026-04-10T16:00:00Z"));
        assertThat(all).allSatisfy(o -> assertThat(o.end()).isEqualTo(o.start().plusSeconds(3600)));
    }

    @Test
    void weeklyMeetingInSaoPauloAcrossItsLastDaylightSavingChange() {
        // 4 November 2018: Sao Paulo moved from UTC-3 to UTC-2; a 09:00 meeting stays at 09:00 there.
        Instant start = Instant.parse("2018-11-01T12:00:00Z");
        List<Recurrence.Occurrence> all = Recurrence.expand(start, start.plusSeconds(1800), ZoneId.of("America/Sao_Paulo"),
                Recurrence.WEEKLY, 2);
        assertThat(all).extracting(Recurrence.Occurrence::start).containsExactly(start, Instant.parse("2018-11-08T11:00:00Z"));
    }

    @Test
    void anEventThatDoesNotRepeatHasOneOccurrence() {
        Instant start = Instant.parse("2026-02-10T17:00:00Z");
        assertThat(Recurrence.expand(start, start.plusSeconds(60), ZoneId.of("UTC"), null, null)).hasSize(1);
        assertThat(Recurrence.WEEKLY.rrule(4)).isEqualTo("FREQ=WEEKLY;COUNT=4");
    }
}
