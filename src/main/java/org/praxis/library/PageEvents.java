package org.praxis.library;

import java.time.Instant;

/**
 * Domain events of community pages, published when the change commits; search and activity can
 * react to them. Whoever reacts checks again who may read the page, as it may be members-only.
 */
public final class PageEvents {

    private PageEvents() {
    }

    /** A page was created, or its text or members-only flag changed (an edit or a restore). */
    public record PageSaved(long pageId, long communityId, long editorId, boolean created, Instant at) {
    }

    /** A page was deleted with its history; the pages under it moved up. */
    public record PageDeleted(long pageId, long communityId, long deletedBy, Instant at) {
    }
}
