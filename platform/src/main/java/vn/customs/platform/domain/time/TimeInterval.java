package vn.customs.platform.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time from {@code start} inclusive to {@code end} exclusive, such as a pause while the officer
 * waits on the declarant. An empty interval ({@code start == end}) is allowed: a pause resumed at once.
 */
public record TimeInterval(Instant start, Instant end) {

    public TimeInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "A time interval cannot end (" + end + ") before it starts (" + start + ").");
        }
    }

    /** How long the interval lasts. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** How much of this interval also lies in {@code other}; zero when they do not meet. */
    public Duration overlap(TimeInterval other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Duration.between(from, to) : Duration.ZERO;
    }
}
