package org.praxis.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Counts are made once and kept, made again once forgotten, and never kept when a change came in meanwhile. */
class RecentCountsTest {

    private final RecentCounts<Long, Long> counts = new RecentCounts<>();
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void countsAreMadeOnceForAllMissingKeysThenKeptAndKeysWithoutRowsCountNone() {
        assertThat(counts.of(List.of(1L, 2L), missing -> count(Map.of(1L, 5L)), 0L)).isEqualTo(Map.of(1L, 5L, 2L, 0L));
        assertThat(counts.of(List.of(1L, 2L), missing -> count(Map.of(1L, 99L)), 0L)).isEqualTo(Map.of(1L, 5L, 2L, 0L));

        assertThat(made).hasValue(1);
    }

    @Test
    void aForgottenKeyIsCountedAgain() {
        counts.of(List.of(1L), missing -> count(Map.of(1L, 5L)), 0L);
        counts.forget(1L);

        assertThat(counts.of(List.of(1L), missing -> count(Map.of(1L, 6L)), 0L)).isEqualTo(Map.of(1L, 6L));
    }

    @Test
    void aCountMadeWhileAChangeWasCommittedIsShownOnceButNotKept() {
        Map<Long, Long> during = counts.of(List.of(1L), missing -> {
            counts.forget(1L);  // another request's change commits while this count runs
            return count(Map.of(1L, 5L));
        }, 0L);

        assertThat(during).isEqualTo(Map.of(1L, 5L));
        assertThat(counts.of(List.of(1L), missing -> count(Map.of(1L, 6L)), 0L)).isEqualTo(Map.of(1L, 6L));
    }

    private Map<Long, Long> count(Map<Long, Long> rows) {
        made.incrementAndGet();
        return rows;
    }
}
