package org.cep.platform.internal.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * What every request asks the database (is this token valid, for whom; is this capability on for
 * this court), kept for at most {@link #MAX_AGE_NANOS}. Nodes share nothing but the database, so
 * a change made on another node (token revoked, user deactivated, switch turned off) takes effect
 * here once the entry is older than that: well within the one second that the platform promises.
 * A change made on this node clears the cache at once.
 */
public final class AccessCache<K, V> {
    /** 0.8 s: leaves room within the one-second promise for the request already in flight. */
    static final long MAX_AGE_NANOS = 800_000_000L;
    private static final int MAX_ENTRIES = 100_000;

    private static final List<AccessCache<?, ?>> ALL = new CopyOnWriteArrayList<>();

    private record Entry<V>(V value, long loadedAt) {
    }

    private static final Object NONE = new Object();
    private final ConcurrentHashMap<K, Entry<Object>> entries = new ConcurrentHashMap<>();
    private volatile long generation;

    public AccessCache() {
        ALL.add(this);
    }

    /** The cached value, or the loader's answer (null included), kept for the next 0.8 s. */
    @SuppressWarnings("unchecked")
    public V get(K key, Supplier<V> loader) {
        long now = System.nanoTime();
        Entry<Object> e = entries.get(key);
        if (e != null && now - e.loadedAt < MAX_AGE_NANOS) return e.value == NONE ? null : (V) e.value;
        long gen = generation;
        V v = loader.get();
        // a clear() that ran while loading may have made this answer stale: do not keep it
        if (gen == generation) {
            if (entries.size() >= MAX_ENTRIES) entries.clear();
            entries.put(key, new Entry<>(v == null ? NONE : v, now));
        }
        return v;
    }

    /** After a change on this node: nothing cached survives it. */
    public void clear() {
        generation++;
        entries.clear();
    }

    /** Every cache of access decisions, after any change to sessions, users, courts or switches. */
    public static void clearAll() {
        ALL.forEach(AccessCache::clear);
    }
}
