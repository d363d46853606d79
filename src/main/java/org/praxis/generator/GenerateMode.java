package org.praxis.generator;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code praxis.generate} is set, Praxis runs as a command, not a server: no HTTP port is
 * opened (so nobody uses the platform while it is being filled). The web application context
 * itself is kept (port -1), because sessions, security and the pages' services are wired for it
 * and the generator needs the same beans the server has (its password encoder, its file store).
 * Registered in META-INF/spring.factories, as it must act before the context exists.
 */
class GenerateMode implements EnvironmentPostProcessor {

    static final String PROPERTY = "praxis.generate";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)) {
            environment.getPropertySources().addFirst(new MapPropertySource("praxis-generate-mode",
                    Map.of("server.port", "-1", "spring.main.banner-mode", "off")));
        }
    }
}
