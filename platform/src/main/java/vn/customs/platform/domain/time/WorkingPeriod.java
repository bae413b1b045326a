package vn.customs.platform.domain.time;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily period of work in wall-clock time, from {@code start} inclusive to {@code end} exclusive, such as
 * 07:30–11:30. A period lies within one day: it cannot run past midnight.
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException(
                    "A working period must start before it ends and stay within one day, but was " + start + "-" + end
                            + ".");
        }
    }

    /** How long the period lasts. */
    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
