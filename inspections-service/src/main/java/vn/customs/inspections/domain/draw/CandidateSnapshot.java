package vn.customs.inspections.domain.draw;

import java.math.BigDecimal;
import java.util.Objects;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/** A candidate as a draw commits to it: the unit, its signals and the weight the formula gave it (above 0). */
public record CandidateSnapshot(UnitCode unit, Signals signals, BigDecimal weight) {

    public CandidateSnapshot {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(signals, "signals");
        if (weight == null || weight.signum() <= 0) {
            throw new RuleViolationException("invalid-weight", "The weight of " + unit + " is above 0");
        }
        weight = WeightFormula.canonical(weight);
    }

    /** The candidate weighed by {@code formula}. */
    public static CandidateSnapshot weighed(UnitCode unit, Signals signals, WeightFormula formula) {
        return new CandidateSnapshot(unit, signals, formula.weight(signals));
    }
}
