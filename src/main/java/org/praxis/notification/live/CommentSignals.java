package org.praxis.notification.live;

import org.praxis.discussion.DiscussionEvents.CommentPosted;
import org.praxis.notification.LiveUpdates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Open pages of a discussion learn of each new comment. A plain listener, called inside the
 * posting transaction, with {@link LiveUpdates} holding the signal until commit: a lost live
 * signal is harmless (the page shows the comment when next loaded), so an event publication
 * stored and completed for every comment would be cost without benefit. Not
 * {@code @TransactionalEventListener} either: Spring Modulith's registry records publications
 * for those too, and completing them took a second connection in the posting request (50
 * comments at once exhausted the pool in DiscussionApiIT).
 */
@Component
class CommentSignals {

    private final LiveUpdates live;

    CommentSignals(LiveUpdates live) {
        this.live = live;
    }

    @EventListener
    void on(CommentPosted posted) {
        live.toDiscussion(posted.discussionId(), "comment");
    }
}
