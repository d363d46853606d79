package org.praxis.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts shown on pages (members of a community, discussions under a tab) kept for a short while,
 * so that opening a page of a community with 25,000 members does not count them all again. The
 * module that owns the rows forgets a key as soon as its own change is committed; a change made on
 * another node shows here after at most {@link #FRESHNESS}. Only for numbers people read, never for
 * a decision about access.
 */
public final class RecentCounts<K, V> {

    public static final Duration FRESHNESS = Duration.ofSeconds(30);

    private final Cache<K, V> counts = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .maximumSize(50_000)
            .build();

    /**
     * The counts of these keys: those kept, and the others from {@code count}, called once for all
     * that are missing; a key it leaves out counts {@code none}.
     */
    public Map<K, V> of(Collection<K> keys, Function<Set<K>, Map<K, V>> count, V none) {
        return counts.getAll(keys, missing -> {
            Map<K, V> fresh = new HashMap<>(count.apply(Set.copyOf(missing)));
            missing.forEach(k -> fresh.putIfAbsent(k, none));
            return fresh;
        });
    }

    public void forget(K key) {
        counts.invalidate(key);
    }
}
