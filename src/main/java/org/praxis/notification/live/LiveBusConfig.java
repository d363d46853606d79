package org.praxis.notification.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the live-update bus: {@code praxis.live.bus=auto} (the default) takes PostgreSQL
 * LISTEN/NOTIFY when the database is PostgreSQL, so several app nodes share signals, and the
 * in-process bus otherwise (the embedded H2); {@code local} or {@code postgres} force one.
 */
@Configuration(proxyBeanMethods = false)
class LiveBusConfig {

    private static final Logger log = LoggerFactory.getLogger(LiveBusConfig.class);

    // Spring closes the PostgreSQL bus (AutoCloseable) on shutdown, before the connections it feeds.
    @Bean
    LiveBus liveBus(@Value("${praxis.live.bus:auto}") String mode, DataSource dataSource, Environment environment,
                    LiveConnections connections) throws SQLException {
        String url = environment.getProperty("spring.datasource.url");
        boolean postgres = switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "local" -> false;
            case "postgres" -> true;
            case "auto" -> isPostgres(url, dataSource);
            default -> throw new IllegalStateException("praxis.live.bus must be auto, local or postgres, not " + mode);
        };
        if (!postgres) {
            return new LocalLiveBus(connections);
        }
        if (url == null || url.isBlank()) {
            try (Connection c = dataSource.getConnection()) {
                url = c.getMetaData().getURL();
            }
        }
        log.info("Live updates between nodes through PostgreSQL LISTEN/NOTIFY");
        return new PostgresLiveBus(dataSource, url, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"), connections);
    }

    private static boolean isPostgres(String url, DataSource dataSource) throws SQLException {
        if (url != null && !url.isBlank()) {
            return url.startsWith("jdbc:postgresql:");
        }
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        }
    }
}
