package vn.customs.hotline.domain.report;

import java.time.Duration;

/**
 * How reports are handled beyond the law's clocks: how far back a handler's postings make a conflict of interest, and
 * how many accepted reports about one officer or unit within a window ask inspections for a targeted inspection.
 */
public record HandlingRules(int conflictLookbackYears, int repeatedReports, Duration repeatWindow) {

    public HandlingRules {
        if (conflictLookbackYears < 0 || repeatedReports < 2 || repeatWindow.isNegative() || repeatWindow.isZero()) {
            throw new IllegalArgumentException("lookback ≥ 0 years, repeated reports ≥ 2, a positive window");
        }
    }
}
