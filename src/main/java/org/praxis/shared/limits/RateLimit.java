package org.praxis.shared.limits;

import java.time.Duration;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** At most {@code count} of an action in any {@code windowMinutes}, per member or per community. */
public record RateLimit(LimitedAction action, LimitScope scope, int count, int windowMinutes) {

    public static final int COUNT_MAX = 100_000;
    /** A week: what is counted is kept that long, and no longer. */
    public static final int WINDOW_MAX_MINUTES = 7 * 24 * 60;

    public Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }

    /** "the last hour", "the last 10 minutes", in the reader's language. */
    public MessageSourceResolvable lastWindow() {
        return phrase("limit.last");
    }

    /** "per hour", "per 10 minutes", in the reader's language. */
    public MessageSourceResolvable perWindow() {
        return phrase("limit.per");
    }

    private MessageSourceResolvable phrase(String prefix) {
        if (windowMinutes % (24 * 60) == 0) {
            return resolvable(prefix + ".days", windowMinutes / (24 * 60));
        }
        if (windowMinutes % 60 == 0) {
            return resolvable(prefix + ".hours", windowMinutes / 60);
        }
        return resolvable(prefix + ".minutes", windowMinutes);
    }

    static MessageSourceResolvable resolvable(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args, code);
    }
}
