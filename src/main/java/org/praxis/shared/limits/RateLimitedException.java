package org.praxis.shared.limits;

import java.time.Duration;
import java.util.List;

import org.praxis.shared.InputErrors.FieldProblem;
import org.praxis.shared.InvalidInputException;
import org.springframework.context.MessageSourceResolvable;

/**
 * A limit is reached: says which, how many were done in its window, and when the member may try
 * again. It is a kind of invalid input so that every form shows it as it shows other refusals,
 * keeping what was typed; the API answers it with 429 and a {@code Retry-After} header.
 */
public class RateLimitedException extends InvalidInputException {

    /** The name of the problem on forms: no field of its own, so it shows above the form. */
    public static final String FIELD = "limit";

    private final transient RateLimit limit;
    private final Duration retryAfter;

    public RateLimitedException(RateLimit limit, long done, Duration retryAfter) {
        super(List.of(new FieldProblem(FIELD, "limit." + limit.action() + "." + limit.scope(), done, limit.lastWindow(),
                waitPhrase(retryAfter))));
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public RateLimit limit() {
        return limit;
    }

    /** At least a second: what the {@code Retry-After} header says. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** "12 minutes", "3 hours": rounded up, so that trying again then succeeds. */
    private static MessageSourceResolvable waitPhrase(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes > 90 ? RateLimit.resolvable("limit.wait.hours", (minutes + 59) / 60)
                : RateLimit.resolvable("limit.wait.minutes", minutes);
    }
}
