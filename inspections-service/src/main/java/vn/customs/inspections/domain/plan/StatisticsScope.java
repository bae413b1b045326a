package vn.customs.inspections.domain.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.customs.platform.domain.UnitCode;

/**
 * What the inspection statistics count: the days {@code from}–{@code to} (both included), the units (empty: every
 * unit) and whether sealed inspections count (only for an inspection lead; for anyone else they do not exist).
 */
public record StatisticsScope(LocalDate from, LocalDate to, Optional<Set<UnitCode>> units, boolean sealedCounted) {

    public StatisticsScope {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        units = units.map(Set::copyOf);
    }
}
