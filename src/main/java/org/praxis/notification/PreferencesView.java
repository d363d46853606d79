package org.praxis.notification;

import java.util.List;
import java.util.Map;

/** What the preferences page shows: the choice per kind for all communities, then each community's. */
public record PreferencesView(Map<NotificationKind, Delivery> platformWide, List<CommunityChoice> communities) {

    /**
     * One community: followed or not, its overall choice (null: as for all) and its choices per
     * kind. Sent back through the API, a null {@code following} leaves it as it is.
     */
    public record CommunityChoice(long id, String name, Boolean following, Delivery all, Map<NotificationKind, Delivery> byKind) {
    }
}
