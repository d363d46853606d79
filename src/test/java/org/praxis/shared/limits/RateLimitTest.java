package org.praxis.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/** How a limit and a refusal are worded: windows in the largest whole unit, waits rounded up. */
class RateLimitTest {

    @Test
    void windowsAreSaidInTheLargestWholeUnit() {
        assertThat(phrase(limit(60).lastWindow())).isEqualTo("limit.last.hours 1");
        assertThat(phrase(limit(90).lastWindow())).isEqualTo("limit.last.minutes 90");
        assertThat(phrase(limit(2 * 1440).perWindow())).isEqualTo("limit.per.days 2");
    }

    @Test
    void theWaitIsRoundedUpSoThatTryingAgainThenSucceeds() {
        assertThat(waitOf(Duration.ofMinutes(12).minusSeconds(1))).isEqualTo("limit.wait.minutes 12");
        assertThat(waitOf(Duration.ofSeconds(5))).isEqualTo("limit.wait.minutes 1");
        assertThat(waitOf(Duration.ofMinutes(91))).isEqualTo("limit.wait.hours 2");
        assertThat(refusal(Duration.ofMillis(1_500)).retryAfterSeconds()).isEqualTo(2);
        assertThat(refusal(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void theMessageNamesTheActionAndTheScope() {
        assertThat(refusal(Duration.ofMinutes(3)).problems().get(0).code()).isEqualTo("limit.COMMENT.MEMBER");
        assertThat(refusal(Duration.ofMinutes(3)).problems().get(0).field()).isEqualTo(RateLimitedException.FIELD);
    }

    private static RateLimit limit(int windowMinutes) {
        return new RateLimit(LimitedAction.COMMENT, LimitScope.MEMBER, 5, windowMinutes);
    }

    private static RateLimitedException refusal(Duration wait) {
        return new RateLimitedException(limit(60), 5, wait);
    }

    private static String waitOf(Duration wait) {
        return phrase((MessageSourceResolvable) refusal(wait).problems().get(0).args()[2]);
    }

    private static String phrase(MessageSourceResolvable resolvable) {
        return resolvable.getCodes()[0] + " " + resolvable.getArguments()[0];
    }
}
