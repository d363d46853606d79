package org.praxis.notification.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.praxis.discussion.DiscussionAccess;
import org.praxis.policy.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's open live-update connections (Server-Sent Events), by member and by discussion,
 * and the delivery of signals to them. A discussion signal is sent to a connection only if its
 * member may read the discussion at that moment: one who may no longer (removed from the
 * community, discussion removed, privacy changed) stops following it. Delivery runs on threads
 * of its own, so neither a posting request nor the PostgreSQL listener waits for slow readers.
 */
@Component
public class LiveConnections implements Consumer<LiveSignal>, DisposableBean {

    /** The browser reconnects after this; it bounds how long a forgotten connection lingers. */
    static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** Under the idle timeouts of common proxies (60 s), so they keep the stream open. */
    static final Duration HEARTBEAT = Duration.ofSeconds(25);
    private static final Logger log = LoggerFactory.getLogger(LiveConnections.class);

    private final DiscussionAccess discussions;
    private final Set<Connection> all = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newFixedThreadPool(2, daemon("praxis-live-delivery"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("praxis-live-heartbeat"));

    LiveConnections(DiscussionAccess discussions) {
        this.discussions = discussions;
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** One open stream: whose it is, and the discussion it follows (null for none). */
    private static final class Connection {
        final SseEmitter emitter;
        final Actor actor;
        volatile Long discussionId;

        Connection(SseEmitter emitter, Actor actor, Long discussionId) {
            this.emitter = emitter;
            this.actor = actor;
            this.discussionId = discussionId;
        }
    }

    /**
     * A stream for a signed-in member's account channel and, if given, a discussion's: the
     * caller has checked that they may read that discussion.
     */
    public SseEmitter open(Actor actor, Long discussionId) {
        if (!actor.signedIn()) {
            throw new IllegalArgumentException("live updates are for signed-in members");
        }
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Connection connection = new Connection(emitter, actor, discussionId);
        emitter.onCompletion(() -> all.remove(connection));
        emitter.onTimeout(() -> {
            all.remove(connection);
            emitter.complete();
        });
        emitter.onError(e -> all.remove(connection));
        all.add(connection);
        // A first comment sends the headers at once: the browser knows the stream is open.
        send(connection, SseEmitter.event().reconnectTime(5_000).comment("open"));
        return emitter;
    }

    /** How many streams are open on this node (for tests and monitoring). */
    public int count() {
        return all.size();
    }

    @Override
    public void accept(LiveSignal signal) {
        try {
            delivery.execute(() -> deliver(signal));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Shutting down: nobody is left to tell.
        }
    }

    private void deliver(LiveSignal signal) {
        for (Connection c : List.copyOf(all)) {
            try {
                if (signal.channel() == LiveSignal.Channel.ACCOUNT) {
                    if (c.actor.is(signal.id())) {
                        send(c, SseEmitter.event().name(signal.event()).data(String.valueOf(signal.id())));
                    }
                } else if (Long.valueOf(signal.id()).equals(c.discussionId)) {
                    // Asked again at each signal, never trusted from when the stream opened.
                    if (discussions.canRead(c.actor, signal.id())) {
                        send(c, SseEmitter.event().name(signal.event()).data(String.valueOf(signal.id())));
                    } else {
                        c.discussionId = null;
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Live updates: signal {} not delivered to a stream: {}", signal.payload(), e.toString());
            }
        }
    }

    private void beat() {
        for (Connection c : List.copyOf(all)) {
            send(c, SseEmitter.event().comment("keep-alive"));
        }
    }

    /** Sends, or forgets the stream when the browser has gone. */
    private void send(Connection c, SseEmitter.SseEventBuilder event) {
        try {
            c.emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            all.remove(c);
            try {
                c.emitter.complete();
            } catch (RuntimeException ignored) {
                // Already completed.
            }
        }
    }

    /**
     * Ends every stream as soon as the node begins to stop: the web server's graceful shutdown
     * comes next and would otherwise wait its full timeout for these never-ending requests.
     * Browsers reconnect, to another node.
     */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    public void closing() {
        endAll();
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        delivery.shutdownNow();
        endAll();
    }

    private void endAll() {
        for (Connection c : List.copyOf(all)) {
            all.remove(c);
            try {
                c.emitter.complete();
            } catch (RuntimeException ignored) {
                // Already completed.
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
