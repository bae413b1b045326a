package vn.customs.inspections.domain.staffing;

import java.time.LocalDate;
import java.util.Objects;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * An officer's posting as staffing announced it: on post {@code postId} ({@code postFunction}: CLEARANCE,
 * PHYSICAL_INSPECTION, ...) at {@code unit} from {@code from} to {@code to}, both days included; {@code to} is null
 * while the posting is open. Staffing's postings carry days, not hours.
 */
public record Posting(
        OfficerId officer, UnitCode unit, String postId, String postFunction, LocalDate from, LocalDate to) {

    public Posting {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
    }

    /** Whether the officer held this post on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /**
     * Whether this posting shares at least one day with the period {@code from}–{@code to} (both included; a null
     * {@code to} is a period without end).
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !this.from.isAfter(to)) && (this.to == null || !this.to.isBefore(from));
    }

    /** "from 2024-01-01 to 2025-06-30", or "from 2024-01-01, still open". */
    public String period() {
        return "from " + from + (to == null ? ", still open" : " to " + to);
    }
}
