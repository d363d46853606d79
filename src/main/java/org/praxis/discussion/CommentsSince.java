package org.praxis.discussion;

import java.util.List;

/**
 * Comments posted in a discussion after a given one, for a page of it that is open: each with the
 * top-level comment it shows under ({@code rootId} null for a top-level comment). {@code more}
 * says a page was full and more are waiting.
 */
public record CommentsSince(DiscussionView discussion, List<Arrival> arrivals, boolean more) {

    /** One comment that arrived, and where it goes in the thread. */
    public record Arrival(Long rootId, CommentView comment) {
    }
}
