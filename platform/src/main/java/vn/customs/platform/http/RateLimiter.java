package vn.customs.platform.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window request counters, in memory: a window opens with a key's first request and lasts its period. Cheap
 * (one map update per request) and exact within an instance. Expired windows are dropped now and then, so the map
 * holds only the callers active within a period. {@link RateLimitEdge} counts requests with it; a service may count
 * other things (the hotline counts refused receipts).
 */
public final class RateLimiter {

    /** What one request found: whether it may go on, the budget, what is left, and seconds until the window resets. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {}

    private static final int SWEEP_EVERY = 4096;

    private record Window(long startNanos, long periodNanos, int used) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    /** Counts one more for {@code key} in its window (opened now if none is open). */
    public Decision take(String key, int limit, long periodNanos, long nowNanos) {
        Window window = windows.compute(
                key,
                (k, current) -> current == null || nowNanos - current.startNanos() >= current.periodNanos()
                        ? new Window(nowNanos, periodNanos, 1)
                        : new Window(current.startNanos(), current.periodNanos(), current.used() + 1));
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            windows.values().removeIf(open -> nowNanos - open.startNanos() >= open.periodNanos());
        }
        long left = window.startNanos() + window.periodNanos() - nowNanos;
        long reset = Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
        return new Decision(window.used() <= limit, limit, Math.max(0, limit - window.used()), reset);
    }

    /**
     * How long {@code key} must wait when its open window already holds {@code limit} or more; empty otherwise. Counts
     * nothing.
     */
    public Optional<Duration> exhausted(String key, int limit, long nowNanos) {
        Window window = windows.get(key);
        if (window == null || window.used() < limit) {
            return Optional.empty();
        }
        long left = window.startNanos() + window.periodNanos() - nowNanos;
        return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
    }
}
