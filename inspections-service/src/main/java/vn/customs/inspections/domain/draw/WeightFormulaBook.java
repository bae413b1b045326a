package vn.customs.inspections.domain.draw;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.customs.platform.domain.RuleViolationException;

/** The versions of the weight formula by the day each came into force; a draw uses the one in force on its day. */
public final class WeightFormulaBook {

    private final NavigableMap<LocalDate, WeightFormula> versions;

    public WeightFormulaBook(Map<LocalDate, WeightFormula> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one version of the weight formula is configured");
        }
        this.versions = new TreeMap<>(versions);
    }

    public WeightFormula inForceOn(LocalDate day) {
        Map.Entry<LocalDate, WeightFormula> entry = versions.floorEntry(day);
        if (entry == null) {
            throw new RuleViolationException(
                    "no-weight-formula",
                    "No weight formula is in force on " + day + "; the first is from " + versions.firstKey());
        }
        return entry.getValue();
    }
}
