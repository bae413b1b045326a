package vn.customs.platform.publication;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps each computed answer for a while, so that a public page read by many computes its figures at most once per
 * key and period on this instance: concurrent requests for a key that is missing or expired wait for one computation
 * instead of each running it. A failed computation is not kept. Expired entries are dropped when a new one is stored,
 * so the map holds at most the keys asked for within a period.
 */
public final class FiguresCache<V> {

    private record Entry<V>(V value, long storedNanos) {}

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long keepNanos;
    private final LongSupplier ticker;

    /** {@code ticker} gives nanoseconds ({@code System::nanoTime}; a test passes its own). */
    public FiguresCache(Duration keep, LongSupplier ticker) {
        this.keepNanos = keep.toNanos();
        this.ticker = ticker;
    }

    /** The value kept for {@code key}, or the one {@code compute} gives now (and kept from now on). */
    public V get(String key, Supplier<V> compute) {
        long now = ticker.getAsLong();
        Entry<V> entry = entries.compute(
                key,
                (k, current) -> current != null && fresh(current, now) ? current : new Entry<>(compute.get(), now));
        if (entry.storedNanos() == now) {
            entries.values().removeIf(other -> !fresh(other, now));
        }
        return entry.value();
    }

    /** Forgets every kept value: the next request computes afresh (after a correction of the data; tests). */
    public void clear() {
        entries.clear();
    }

    private boolean fresh(Entry<V> entry, long now) {
        return now - entry.storedNanos() < keepNanos;
    }
}
