package org.praxis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the platform sends while the test thread does something (a page
 * opened through MockMvc runs on the test thread, filters and all). Every data source of the
 * test application goes through it; statements from other threads are not counted.
 */
public final class QueryCounter {

    /** The statements seen, in order, while {@link #during} ran. */
    public record Counted<T>(T result, List<String> statements) {
        public int count() {
            return statements.size();
        }
    }

    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

    private QueryCounter() {
    }

    public static <T> Counted<T> during(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        SEEN.set(statements);
        try {
            return new Counted<>(work.get(), statements);
        } finally {
            SEEN.remove();
        }
    }

    /** Wraps the application's data source so that its statements can be counted. */
    static BeanPostProcessor countingDataSources() {
        QueryExecutionListener listener = new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                List<String> seen = SEEN.get();
                if (seen != null) {
                    queries.forEach(q -> seen.add(q.getQuery()));
                }
            }
        };
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                        ? ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(listener).build()
                        : bean;
            }
        };
    }
}
