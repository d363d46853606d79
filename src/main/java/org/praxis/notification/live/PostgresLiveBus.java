package org.praxis.notification.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bus between app nodes on PostgreSQL: a signal is a NOTIFY on one channel, and every node
 * (this one included) LISTENs on a connection of its own and hands what arrives to its
 * connections. A node's own signals come back that way too, so nothing is delivered locally
 * (no duplicates). Signals sent while a node's listening connection is down are lost to it:
 * harmless, a page catches up when it is next loaded.
 */
public final class PostgresLiveBus implements LiveBus, AutoCloseable {

    static final String CHANNEL = "praxis_live";
    private static final Logger log = LoggerFactory.getLogger(PostgresLiveBus.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final String url;
    private final Properties credentials = new Properties();
    private final Consumer<LiveSignal> receiver;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile CountDownLatch listening = new CountDownLatch(1);

    /**
     * Publishes through the pool's {@code dataSource}; listens on a connection opened with
     * {@code url}, {@code user} and {@code password} and kept for itself: a pooled one would be
     * held forever, and the pool may close or recycle it under the listener.
     */
    public PostgresLiveBus(DataSource dataSource, String url, String user, String password,
                           Consumer<LiveSignal> receiver) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.url = url;
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        credentials.setProperty("ApplicationName", "praxis-live");
        this.receiver = receiver;
        this.listener = new Thread(this::listen, "praxis-live-listener");
        this.listener.setDaemon(true);
        this.listener.start();
    }

    @Override
    public void publish(LiveSignal signal) {
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, signal.payload());
    }

    /** Whether the listening connection is up, waiting up to {@code timeout} for it. */
    boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening.countDown();
                backoff = 500;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            dispatch(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                if (listening.getCount() == 0) {
                    listening = new CountDownLatch(1);
                }
                log.warn("Live updates: listening connection to PostgreSQL lost ({}); again in {} ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    private void dispatch(String payload) {
        try {
            receiver.accept(LiveSignal.parse(payload));
        } catch (RuntimeException e) {
            log.warn("Live updates: signal {} not delivered: {}", payload, e.toString());
        }
    }

    /** Stops listening; the connection closes within one poll. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        listener.join(POLL_MILLIS * 4L);
    }
}
