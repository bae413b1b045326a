package vn.customs.hotline.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import vn.customs.hotline.domain.protection.GuessingLimits;
import vn.customs.platform.http.RateLimiter;

/**
 * Counts wrong or unknown receipts per report (the receipt's lookup part) and per client address, and locks either
 * out for a while once it passed its allowance: guessing a receipt stays slower than the receipt's 80 secret bits
 * need by far, and a client who hammers one report cannot lock out others than that report. Per instance, like the
 * platform's rate limits.
 */
@ApplicationScoped
public class ReceiptGuard {

    private final GuessingLimits limits;
    // the platform's fixed windows, counting refusals instead of requests
    private final RateLimiter refusals = new RateLimiter();

    ReceiptGuard(GuessingLimits limits) {
        this.limits = limits;
    }

    /** How long the caller must wait before trying again; empty when neither the report nor the client is locked. */
    public Optional<Duration> lockedFor(String client, Optional<String> lookup) {
        long now = System.nanoTime();
        Optional<Duration> byClient = refusals.exhausted("client:" + client, limits.failuresPerClient(), now);
        Optional<Duration> byReport =
                lookup.flatMap(l -> refusals.exhausted("report:" + l, limits.failuresPerReport(), now));
        return byClient.isPresent() ? byClient : byReport;
    }

    /** A receipt was refused. */
    public void failed(String client, Optional<String> lookup) {
        long now = System.nanoTime();
        long lockout = limits.lockout().toNanos();
        refusals.take("client:" + client, limits.failuresPerClient(), lockout, now);
        lookup.ifPresent(l -> refusals.take("report:" + l, limits.failuresPerReport(), lockout, now));
    }
}
