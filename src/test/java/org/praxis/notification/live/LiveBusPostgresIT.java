package org.praxis.notification.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes share live signals through PostgreSQL LISTEN/NOTIFY: a signal published on one
 * reaches the other's connections, and its own, exactly once each. Runs only on PostgreSQL (the
 * second pass of .ci/run); skipped on the embedded H2.
 */
@PraxisIntegrationTest
class LiveBusPostgresIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired DataSource dataSource;
    @Autowired Environment environment;
    @Autowired LiveBus appBus;

    private final BlockingQueue<LiveSignal> heardByFirst = new LinkedBlockingQueue<>();
    private final BlockingQueue<LiveSignal> heardBySecond = new LinkedBlockingQueue<>();
    private PostgresLiveBus first;
    private PostgresLiveBus second;

    @BeforeEach
    void twoNodes() throws Exception {
        String url = environment.getProperty("spring.datasource.url");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "PostgreSQL only");
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        first = new PostgresLiveBus(dataSource, url, user, password, heardByFirst::add);
        second = new PostgresLiveBus(dataSource, url, user, password, heardBySecond::add);
        assertThat(first.awaitListening(WAIT)).isTrue();
        assertThat(second.awaitListening(WAIT)).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        if (first != null) {
            first.close();
            second.close();
        }
    }

    @Test
    void theApplicationChoosesThePostgresBusOnPostgres() {
        assertThat(appBus).isInstanceOf(PostgresLiveBus.class);
    }

    @Test
    void aSignalPublishedOnOneNodeReachesEveryNodeExactlyOnce() throws Exception {
        LiveSignal signal = new LiveSignal(LiveSignal.Channel.DISCUSSION, 42, "comment");

        first.publish(signal);

        assertThat(heardBySecond.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(signal);
        assertThat(heardByFirst.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("its own node, through LISTEN")
                .isEqualTo(signal);
        assertThat(heardBySecond.poll(1, TimeUnit.SECONDS)).as("no second copy").isNull();
        assertThat(heardByFirst.poll(0, TimeUnit.SECONDS)).as("no local copy besides").isNull();
    }

    @Test
    void aNodeWhoseListeningConnectionDropsListensAgain() throws Exception {
        new JdbcTemplate(dataSource).queryForList(
                "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'praxis-live'");
        LiveSignal signal = new LiveSignal(LiveSignal.Channel.ACCOUNT, 7, "notifications");

        // Signals sent while it reconnects are lost (harmless); one sent after reaches it.
        LiveSignal heard = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (heard == null && System.nanoTime() < deadline) {
            second.publish(signal);
            heard = heardByFirst.poll(500, TimeUnit.MILLISECONDS);
        }
        assertThat(heard).isEqualTo(signal);
    }
}
