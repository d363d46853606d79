package org.praxis.notification.live;

import org.praxis.discussion.DiscussionEvents.CommentPosted;
import org.praxis.notification.LiveUpdates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Open pages of a discussion learn of each new comment. A plain after-commit listener rather
 * than {@code @ApplicationModuleListener}: a lost live signal is harmless (the page shows the
 * comment when next loaded), so storing and completing an event publication for every comment
 * would be cost without benefit.
 */
@Component
class CommentSignals {

    private final LiveUpdates live;

    CommentSignals(LiveUpdates live) {
        this.live = live;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CommentPosted posted) {
        live.toDiscussion(posted.discussionId(), "comment");
    }
}
