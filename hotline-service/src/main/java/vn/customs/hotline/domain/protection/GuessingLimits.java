package vn.customs.hotline.domain.protection;

import java.time.Duration;

/** How many wrong or unknown receipts a report and a client may see before both are locked out for a while. */
public record GuessingLimits(int failuresPerReport, int failuresPerClient, Duration lockout) {

    public GuessingLimits {
        if (failuresPerReport < 1 || failuresPerClient < 1 || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("at least one failure allowed, and a positive lockout");
        }
    }
}
