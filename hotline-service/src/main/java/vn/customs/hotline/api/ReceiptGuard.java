package vn.customs.hotline.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.customs.hotline.domain.protection.GuessingLimits;

/**
 * Counts wrong or unknown receipts per report (the receipt's lookup part) and per client address, and locks either
 * out for a while once it passed its allowance: guessing a receipt stays slower than the receipt's 80 secret bits
 * need by far, and a client who hammers one report cannot lock out others than that report. Per instance, like the
 * platform's rate limits.
 */
@ApplicationScoped
public class ReceiptGuard {

    /** Past this many tracked keys, expired windows are swept before a new one is added. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long startNanos, int failures) {}

    private final GuessingLimits limits;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ReceiptGuard(GuessingLimits limits) {
        this.limits = limits;
    }

    /** How long the caller must wait before trying again; empty when neither the report nor the client is locked. */
    public Optional<Duration> lockedFor(String client, Optional<String> lookup) {
        long now = System.nanoTime();
        Optional<Duration> byClient = locked("client:" + client, limits.failuresPerClient(), now);
        Optional<Duration> byReport = lookup.flatMap(l -> locked("report:" + l, limits.failuresPerReport(), now));
        return byClient.isPresent() ? byClient : byReport;
    }

    /** A receipt was refused. */
    public void failed(String client, Optional<String> lookup) {
        long now = System.nanoTime();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values()
                    .removeIf(w -> now - w.startNanos() > limits.lockout().toNanos());
        }
        count("client:" + client, now);
        lookup.ifPresent(l -> count("report:" + l, now));
    }

    private void count(String key, long now) {
        windows.merge(
                key,
                new Window(now, 1),
                (old, one) -> now - old.startNanos() > limits.lockout().toNanos()
                        ? one
                        : new Window(old.startNanos(), old.failures() + 1));
    }

    private Optional<Duration> locked(String key, int allowed, long now) {
        Window window = windows.get(key);
        if (window == null || window.failures() < allowed) {
            return Optional.empty();
        }
        long left = limits.lockout().toNanos() - (now - window.startNanos());
        return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
    }
}
