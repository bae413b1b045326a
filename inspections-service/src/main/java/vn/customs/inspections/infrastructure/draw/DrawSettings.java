package vn.customs.inspections.infrastructure.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import vn.customs.inspections.domain.draw.RiskSignal;
import vn.customs.inspections.domain.draw.WeightFormula;
import vn.customs.inspections.domain.draw.WeightFormulaBook;

/** Turns {@link DrawConfig} into the book of weight formulas; a wrong or missing coefficient stops the service. */
@ApplicationScoped
public class DrawSettings {

    static final String BASE = "base";

    @Produces
    @Singleton
    WeightFormulaBook weightFormulas(DrawConfig config) {
        Map<LocalDate, WeightFormula> versions = new HashMap<>();
        config.formulas().forEach((label, formula) -> versions.put(day(label), formula(label, formula)));
        return new WeightFormulaBook(versions);
    }

    static WeightFormula formula(String label, DrawConfig.Formula formula) {
        String where = "inspections.draw.formulas.\"" + label + "\".weights";
        Map<RiskSignal, BigDecimal> coefficients = new EnumMap<>(RiskSignal.class);
        BigDecimal base = null;
        for (Map.Entry<String, BigDecimal> weight : formula.weights().entrySet()) {
            if (weight.getKey().equals(BASE)) {
                base = weight.getValue();
            } else {
                RiskSignal signal = RiskSignal.byKey(weight.getKey())
                        .orElseThrow(() ->
                                new IllegalArgumentException(where + "." + weight.getKey() + " names no risk signal"));
                coefficients.put(signal, weight.getValue());
            }
        }
        if (base == null) {
            throw new IllegalArgumentException(where + ".base is required");
        }
        for (RiskSignal signal : RiskSignal.values()) {
            if (!coefficients.containsKey(signal)) {
                throw new IllegalArgumentException(where + "." + signal.key() + " is required");
            }
        }
        return WeightFormula.of(label, base, coefficients, formula.minimumProbability());
    }

    private static LocalDate day(String label) {
        try {
            return LocalDate.parse(label);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "inspections.draw.formulas keys are the days they take effect (2026-10-01): " + label, e);
        }
    }
}
