package org.praxis.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads on which module listeners react after commit (notifications, e-mails, counters).
 * Each holds a database connection while it works, so at most a few run at once and the rest
 * wait in a queue: a burst of events (a newsletter to thousands, a job warning many communities)
 * neither empties the connection pool nor makes the request that caused it wait. With virtual
 * threads, Spring Boot's own executor would start one per event, without limit.
 */
@Configuration(proxyBeanMethods = false)
public class ListenerExecutorConfig {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(
            @org.springframework.beans.factory.annotation.Value("${praxis.listeners.threads:4}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("praxis-listener-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
