package org.praxis.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions every part of the platform uses: the JDBC store Spring Boot configures, put behind
 * the access-time throttle once it is ready (so Boot's own settings and customizers still apply).
 * The throttle relies on the default save mode (attributes written when set); with
 * {@code spring.session.jdbc.save-mode=always} it would skip writes that mode expects.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    @Bean
    static BeanPostProcessor throttleSessionAccessTimeWrites() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc
                        ? new SessionAccessTimeThrottle((FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository) jdbc)
                        : bean;
            }
        };
    }
}
