package org.praxis.account.security;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Limits on the doors attackers knock at: sign-in (per address and per account), sign-up and
 * password-reset requests. Buckets live in this node's memory; with several nodes behind a
 * balancer each node counts on its own, which still bounds guessing to a few attempts a minute.
 */
@Component
public class AuthRateLimits {

    /** Which door, with its allowance. */
    public enum Door {
        SIGN_IN_PER_ADDRESS(30, Duration.ofMinutes(5)),
        SIGN_IN_PER_ACCOUNT(10, Duration.ofMinutes(15)),
        SIGN_UP_PER_ADDRESS(5, Duration.ofHours(1)),
        RESET_PER_ADDRESS(10, Duration.ofMinutes(15)),
        RESET_PER_ACCOUNT(3, Duration.ofHours(1));

        final int capacity;
        final Duration period;

        Door(int capacity, Duration period) {
            this.capacity = capacity;
            this.period = period;
        }
    }

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(200_000)
            .build();

    /** Takes one attempt; returns 0 when allowed, otherwise the seconds to wait. */
    public long tryAttempt(Door door, String key) {
        if (key == null || key.isBlank()) {
            return 0;
        }
        String id = door.name() + ":" + key.strip().toLowerCase(Locale.ROOT);
        Bucket bucket = buckets.get(id, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(door.capacity).refillGreedy(door.capacity, door.period).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }
}
