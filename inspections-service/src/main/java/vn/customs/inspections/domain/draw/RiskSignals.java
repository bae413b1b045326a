package vn.customs.inspections.domain.draw;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.customs.platform.domain.UnitCode;

/** The risk signals of units on a day, from the other services' events and this service's own history. */
public interface RiskSignals {

    /** The signals of each of {@code units} on {@code day} ({@link Signals#NONE} plus months for a quiet unit). */
    Map<UnitCode, Signals> of(Set<UnitCode> units, LocalDate day);
}
