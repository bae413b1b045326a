package vn.customs.inspections.domain.draw;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import vn.customs.platform.domain.RuleViolationException;

/**
 * A version of the weight formula, stored with every draw made under it: a candidate's weight is {@code base + Σ
 * coefficient(signal) · count(signal)}, and every candidate keeps a chance of at least {@code minimumProbability} to
 * be drawn. Coefficients are exact decimals, so that the weights and the commitment's text are the same everywhere.
 */
@Embeddable
public record WeightFormula(
        @Column(name = "formula_version") String version,
        @Column(name = "formula_base") BigDecimal base,
        BigDecimal acceptedReport,
        BigDecimal substantiatedReport,
        BigDecimal charterBreach,
        BigDecimal channelOverride,
        BigDecimal overrideConcentration,
        BigDecimal overdueRotation,
        BigDecimal openDisciplineCase,
        BigDecimal earlierFinding,
        BigDecimal monthSinceLastInspection,
        BigDecimal minimumProbability) {

    public static final int VERSION_MAX_LENGTH = 40;

    public WeightFormula {
        if (version == null || version.isBlank() || version.length() > VERSION_MAX_LENGTH) {
            throw new RuleViolationException(
                    "invalid-formula", "A formula version is 1 to " + VERSION_MAX_LENGTH + " characters");
        }
        if (base == null || base.signum() <= 0) {
            throw new RuleViolationException("invalid-formula", "The formula's base is above 0, so every weight is");
        }
        for (BigDecimal coefficient : new BigDecimal[] {
            acceptedReport,
            substantiatedReport,
            charterBreach,
            channelOverride,
            overrideConcentration,
            overdueRotation,
            openDisciplineCase,
            earlierFinding,
            monthSinceLastInspection
        }) {
            if (coefficient == null || coefficient.signum() < 0) {
                throw new RuleViolationException(
                        "invalid-formula", "Every coefficient of the formula is given and not negative");
            }
        }
        if (minimumProbability == null
                || minimumProbability.signum() < 0
                || minimumProbability.compareTo(BigDecimal.ONE) >= 0) {
            throw new RuleViolationException("invalid-formula", "The minimum probability is at least 0 and below 1");
        }
    }

    /** A formula from its coefficients by signal; every signal must have one. */
    public static WeightFormula of(
            String version, BigDecimal base, Map<RiskSignal, BigDecimal> coefficients, BigDecimal minimumProbability) {
        for (RiskSignal signal : RiskSignal.values()) {
            if (!coefficients.containsKey(signal)) {
                throw new RuleViolationException(
                        "invalid-formula", "The formula " + version + " has no coefficient for " + signal.key());
            }
        }
        return new WeightFormula(
                version,
                base,
                coefficients.get(RiskSignal.ACCEPTED_REPORT),
                coefficients.get(RiskSignal.SUBSTANTIATED_REPORT),
                coefficients.get(RiskSignal.CHARTER_BREACH),
                coefficients.get(RiskSignal.CHANNEL_OVERRIDE),
                coefficients.get(RiskSignal.OVERRIDE_CONCENTRATION),
                coefficients.get(RiskSignal.OVERDUE_ROTATION),
                coefficients.get(RiskSignal.OPEN_DISCIPLINE_CASE),
                coefficients.get(RiskSignal.EARLIER_FINDING),
                coefficients.get(RiskSignal.MONTH_SINCE_LAST_INSPECTION),
                minimumProbability);
    }

    public BigDecimal coefficient(RiskSignal signal) {
        return switch (signal) {
            case ACCEPTED_REPORT -> acceptedReport;
            case SUBSTANTIATED_REPORT -> substantiatedReport;
            case CHARTER_BREACH -> charterBreach;
            case CHANNEL_OVERRIDE -> channelOverride;
            case OVERRIDE_CONCENTRATION -> overrideConcentration;
            case OVERDUE_ROTATION -> overdueRotation;
            case OPEN_DISCIPLINE_CASE -> openDisciplineCase;
            case EARLIER_FINDING -> earlierFinding;
            case MONTH_SINCE_LAST_INSPECTION -> monthSinceLastInspection;
        };
    }

    /** Every coefficient by signal, in the enum's order. */
    public Map<RiskSignal, BigDecimal> coefficients() {
        Map<RiskSignal, BigDecimal> map = new EnumMap<>(RiskSignal.class);
        for (RiskSignal signal : RiskSignal.values()) {
            map.put(signal, coefficient(signal));
        }
        return map;
    }

    /** {@code base + Σ coefficient · count}, exact, without trailing zeros. */
    public BigDecimal weight(Signals signals) {
        Objects.requireNonNull(signals, "signals");
        BigDecimal weight = base;
        for (RiskSignal signal : RiskSignal.values()) {
            weight = weight.add(coefficient(signal).multiply(BigDecimal.valueOf(signals.count(signal))));
        }
        return canonical(weight);
    }

    /** A decimal as the canonical text writes it: no trailing zeros, no exponent ({@code 2.5}, {@code 10}). */
    public static String text(BigDecimal value) {
        return canonical(value).toPlainString();
    }

    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
