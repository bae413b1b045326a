package vn.customs.inspections.infrastructure.draw;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The draw's settings ({@code inspections.draw.*}): the versions of the weight formula, keyed by the day each came
 * into force (ISO date, which is also the version's label). {@link DrawSettings} turns them into domain values.
 */
@ConfigMapping(prefix = "inspections.draw")
public interface DrawConfig {

    Map<String, Formula> formulas();

    /** One version of the formula. */
    interface Formula {

        /** {@code base} and one coefficient per risk signal ({@code accepted-report}, ...): all required. */
        Map<String, BigDecimal> weights();

        /** Every candidate's least chance of being drawn, from 0 (none) to below 1. */
        BigDecimal minimumProbability();
    }
}
