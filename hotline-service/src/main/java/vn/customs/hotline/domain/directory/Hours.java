package vn.customs.hotline.domain.directory;

import java.util.List;
import vn.customs.platform.domain.RuleViolationException;

/**
 * When a unit's hotline answers: around the clock ({@code alwaysOpen}, no periods), or in the periods listed (at least
 * one).
 */
public record Hours(boolean alwaysOpen, List<HoursPeriod> periods) {

    public static final int MAX_PERIODS = 14;

    public Hours {
        periods = periods == null ? List.of() : List.copyOf(periods);
        if (alwaysOpen && !periods.isEmpty()) {
            throw new RuleViolationException(
                    "invalid-hours", "A line open around the clock lists no periods; list periods or say alwaysOpen.");
        }
        if (!alwaysOpen && periods.isEmpty()) {
            throw new RuleViolationException(
                    "invalid-hours", "Say when the line answers: at least one period, or alwaysOpen.");
        }
        if (periods.size() > MAX_PERIODS) {
            throw new RuleViolationException("invalid-hours", "At most " + MAX_PERIODS + " periods.");
        }
    }

    /** Around the clock, every day. */
    public static Hours twentyFourSeven() {
        return new Hours(true, List.of());
    }

    /** In these periods only. */
    public static Hours during(HoursPeriod... periods) {
        return new Hours(false, List.of(periods));
    }
}
