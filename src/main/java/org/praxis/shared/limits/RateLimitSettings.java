package org.praxis.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.praxis.shared.InputErrors;
import org.praxis.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The limits in force: the defaults, except where staff changed them. Changes are stored in the
 * database; this node uses them at once, the other nodes within {@link #FRESHNESS}, so that a
 * limited request needs no statement to know its limits. Callers check that the changer is staff.
 */
@Component
public class RateLimitSettings {

    public static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LoadingCache<Boolean, Map<LimitedAction, Map<LimitScope, RateLimit>>> changed = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .build(any -> load());

    RateLimitSettings(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public RateLimit current(LimitedAction action, LimitScope scope) {
        RateLimit limit = changed.get(true).getOrDefault(action, Map.of()).get(scope);
        return limit != null ? limit : action.byDefault(scope);
    }

    /** Every limit, action by action, the member's first. */
    public List<RateLimit> all() {
        List<RateLimit> limits = new ArrayList<>();
        for (LimitedAction action : LimitedAction.values()) {
            for (LimitScope scope : LimitScope.values()) {
                limits.add(current(action, scope));
            }
        }
        return limits;
    }

    /**
     * Sets a limit to {@code count} per {@code windowMinutes}, both whole numbers within bounds
     * (typed text: anything else is refused field by field and nothing changes); returns the
     * limit it replaces.
     */
    public RateLimit change(LimitedAction action, LimitScope scope, String count, String windowMinutes, long changedBy) {
        InputErrors errors = new InputErrors();
        int newCount = wholeNumber(errors, "count", count, RateLimit.COUNT_MAX);
        int newWindow = wholeNumber(errors, "windowMinutes", windowMinutes, RateLimit.WINDOW_MAX_MINUTES);
        errors.throwIfAny();
        RateLimit before = transaction.execute(tx -> {
            RateLimit stored = stored(action, scope);
            var at = Timestamps.at(clock.instant());
            int updated = jdbc.update("update rate_limit set max_count = ?, window_minutes = ?, changed_by = ?, changed_at = ? "
                    + "where limited_action = ? and limit_scope = ?", newCount, newWindow, changedBy, at, action.name(), scope.name());
            if (updated == 0) {
                jdbc.update("insert into rate_limit (limited_action, limit_scope, max_count, window_minutes, changed_by, changed_at) "
                        + "values (?, ?, ?, ?, ?, ?)", action.name(), scope.name(), newCount, newWindow, changedBy, at);
            }
            return stored;
        });
        changed.invalidateAll();
        return before;
    }

    /** Puts a limit back to its default; returns the limit it replaces. */
    public RateLimit restore(LimitedAction action, LimitScope scope) {
        RateLimit before = transaction.execute(tx -> {
            RateLimit stored = stored(action, scope);
            jdbc.update("delete from rate_limit where limited_action = ? and limit_scope = ?", action.name(), scope.name());
            return stored;
        });
        changed.invalidateAll();
        return before;
    }

    private RateLimit stored(LimitedAction action, LimitScope scope) {
        return jdbc.query("select max_count, window_minutes from rate_limit where limited_action = ? and limit_scope = ?",
                rs -> rs.next() ? new RateLimit(action, scope, rs.getInt("max_count"), rs.getInt("window_minutes"))
                        : action.byDefault(scope), action.name(), scope.name());
    }

    private Map<LimitedAction, Map<LimitScope, RateLimit>> load() {
        Map<LimitedAction, Map<LimitScope, RateLimit>> limits = new EnumMap<>(LimitedAction.class);
        jdbc.query("select limited_action, limit_scope, max_count, window_minutes from rate_limit", rs -> {
            LimitedAction action = LimitedAction.valueOf(rs.getString("limited_action"));
            LimitScope scope = LimitScope.valueOf(rs.getString("limit_scope"));
            limits.computeIfAbsent(action, a -> new EnumMap<>(LimitScope.class))
                    .put(scope, new RateLimit(action, scope, rs.getInt("max_count"), rs.getInt("window_minutes")));
        });
        return limits;
    }

    /** A whole number from 1 to {@code max}, or a problem with the field (letters, signs, zero, too large). */
    private static int wholeNumber(InputErrors errors, String field, String value, int max) {
        String typed = InputErrors.clean(value);
        if (typed == null) {
            errors.add(field, "input.required");
            return 0;
        }
        int number = WHOLE_NUMBER.matcher(typed).matches() ? Integer.parseInt(typed) : 0;
        if (number < 1 || number > max) {
            errors.add(field, "limit.range", 1, max);
        }
        return number;
    }
}
