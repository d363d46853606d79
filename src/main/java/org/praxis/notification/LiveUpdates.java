package org.praxis.notification;

import org.praxis.notification.live.LiveBus;
import org.praxis.notification.live.LiveSignal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open pages that something changed, so they refresh a part of themselves: a member's
 * bell, or a discussion's comments. A signal carries only an id and an event name, never
 * content; each page fetches what changed through the usual access checks, and discussion
 * signals only reach those who may read the discussion when it is sent.
 */
@Service
public class LiveUpdates {

    private final LiveBus bus;

    LiveUpdates(LiveBus bus) {
        this.bus = bus;
    }

    /** The member's open pages refresh what the event names (e.g. "notifications": the bell). */
    public void toAccount(long accountId, String event) {
        publish(new LiveSignal(LiveSignal.Channel.ACCOUNT, accountId, event));
    }

    /** Open pages of the discussion, of those who may read it, refresh what the event names (e.g. "comment"). */
    public void toDiscussion(long discussionId, String event) {
        publish(new LiveSignal(LiveSignal.Channel.DISCUSSION, discussionId, event));
    }

    /**
     * Inside a transaction the signal waits for the commit (a page must find what it is told
     * about, and a rollback tells nothing). It is sent from afterCompletion, as Spring's
     * transactional event listeners are: a synchronization registered while others run their
     * afterCommit is still called there. Called from afterCompletion itself (synchronization is
     * no longer active then), or with no transaction, it goes at once.
     */
    private void publish(LiveSignal signal) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        bus.publish(signal);
                    }
                }
            });
        } else {
            bus.publish(signal);
        }
    }
}
