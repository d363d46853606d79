package org.praxis.calendar;

import java.util.List;

/**
 * A community's Calendar tab for one reader: upcoming events, recent past ones, the proposals
 * the reader may see, the series, and what the reader may do.
 */
public record CalendarOverview(List<EventSummary> upcoming, List<EventSummary> past, List<EventSummary> proposals,
                               List<SeriesView> series, boolean canCreate, boolean canPropose) {
}
