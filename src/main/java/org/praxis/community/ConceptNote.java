package org.praxis.community;

import java.util.List;

/**
 * The concept note the best communities have: an overview, their purpose (why the community
 * exists, what members and admins do), and an engagement strategy with its activity calendar.
 */
public record ConceptNote(String overview, String purpose, String engagement, List<Activity> calendar) {

    /** One line of the activity calendar: a period and what happens then. */
    public record Activity(String period, String activities) {
    }

    public static ConceptNote empty() {
        return new ConceptNote(null, null, null, List.of());
    }

    public boolean isEmpty() {
        return overview == null && purpose == null && engagement == null && calendar.isEmpty();
    }
}
