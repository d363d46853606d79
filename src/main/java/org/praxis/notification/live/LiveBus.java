package org.praxis.notification.live;

/**
 * Carries live signals to every app node's open connections: in process on one node, through
 * PostgreSQL LISTEN/NOTIFY between several. Each signal reaches each node's receiver once.
 */
public interface LiveBus {

    void publish(LiveSignal signal);
}
