package vn.customs.inspections.domain.draw;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;
import vn.customs.platform.domain.UnitCode;

/**
 * A candidate as a draw stored it: its signals, the formula's weight, the weight the draw used (raised to the
 * minimum-probability floor) and its place among the drawn (1 first; null when not drawn).
 */
@Embeddable
public record DrawCandidate(
        @Column(name = "unit_code") UnitCode unit,
        @Embedded Signals signals,
        BigDecimal weight,
        BigDecimal effectiveWeight,
        Integer drawnRank) {

    public CandidateSnapshot snapshot() {
        return new CandidateSnapshot(unit, signals, weight);
    }

    public boolean drawn() {
        return drawnRank != null;
    }
}
