package org.praxis.notification.internal;

import java.util.Set;

import org.praxis.notification.LiveUpdates;
import org.springframework.stereotype.Component;

/** Rings the bell of open pages: the recipients' pages fetch their unread count again. */
@Component
class LiveBell implements Notifier.NotificationListener {

    private final LiveUpdates live;

    LiveBell(LiveUpdates live) {
        this.live = live;
    }

    @Override
    public void stored(Set<Long> recipientIds) {
        recipientIds.forEach(id -> live.toAccount(id, "notifications"));
    }
}
