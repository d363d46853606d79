package org.praxis.notification.live;

import java.util.function.Consumer;

/** The bus of a single node (the embedded default): signals go straight to this node's connections. */
public final class LocalLiveBus implements LiveBus {

    private final Consumer<LiveSignal> receiver;

    public LocalLiveBus(Consumer<LiveSignal> receiver) {
        this.receiver = receiver;
    }

    @Override
    public void publish(LiveSignal signal) {
        receiver.accept(signal);
    }
}
