package vn.customs.platform.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window request counters, in memory: a window opens with a key's first request and lasts its period. Cheap
 * (one map update per request) and exact within an instance. Expired windows are dropped now and then, so the map
 * holds only the callers active within a period.
 */
final class RateLimiter {

    /** What one request found: whether it may go on, the budget, what is left, and seconds until the window resets. */
    record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {}

    private static final int SWEEP_EVERY = 4096;

    private record Window(long startNanos, long periodNanos, int used) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    Decision take(String key, int limit, long periodNanos, long nowNanos) {
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
}
