package vn.customs.inspections.domain.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.customs.platform.domain.UnitCode;

/**
 * What the inspection statistics count: the days {@code from}–{@code to} (both included), the units (empty: every
 * unit), whether sealed inspections count (only for an inspection lead; for anyone else they do not exist) and the
 * day a corrective action's lateness is judged on ({@code today}).
 */
public record StatisticsScope(
        LocalDate from, LocalDate to, Optional<Set<UnitCode>> units, boolean sealedCounted, LocalDate today) {

    public StatisticsScope {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(today, "today");
        units = units.map(Set::copyOf);
    }
}
