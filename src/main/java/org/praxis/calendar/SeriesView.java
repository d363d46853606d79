package org.praxis.calendar;

import java.util.List;

/** A series of webinars and the events of it the reader may read, newest first. */
public record SeriesView(long id, String title, String description, String descriptionHtml, List<EventSummary> events) {
}
