package org.praxis.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts shown on pages (members of a community, discussions under a tab) kept for a short while,
 * so that opening a page of a community with 25,000 members does not count them all again. The
 * module that owns the rows forgets a key as soon as its own change is committed; a change made on
 * another node shows here after at most {@link #FRESHNESS}. Only for numbers people read about
 * people (how many members), never for a decision about access nor for counts of content, whose
 * removals must show everywhere at once.
 */
public final class RecentCounts<K, V> {

    public static final Duration FRESHNESS = Duration.ofSeconds(30);

    private final Cache<K, V> counts = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .maximumSize(50_000)
            .build();
    private final AtomicLong forgotten = new AtomicLong();

    /**
     * The counts of these keys: those kept, and the others from {@code count}, called once for all
     * that are missing; a key it leaves out counts {@code none}. Counts made while a key was being
     * forgotten (a change committed meanwhile) are returned but not kept.
     */
    public Map<K, V> of(Collection<K> keys, Function<Set<K>, Map<K, V>> count, V none) {
        Map<K, V> found = new HashMap<>(counts.getAllPresent(keys));
        Set<K> missing = new java.util.HashSet<>(keys);
        missing.removeAll(found.keySet());
        if (missing.isEmpty()) {
            return found;
        }
        long before = forgotten.get();
        Map<K, V> fresh = new HashMap<>(count.apply(Set.copyOf(missing)));
        missing.forEach(k -> fresh.putIfAbsent(k, none));
        if (forgotten.get() == before) {
            counts.putAll(fresh);
        }
        found.putAll(fresh);
        return found;
    }

    public void forget(K key) {
        forgotten.incrementAndGet();
        counts.invalidate(key);
    }
}
