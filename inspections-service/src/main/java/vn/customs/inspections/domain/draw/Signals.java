package vn.customs.inspections.domain.draw;

import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;
import vn.customs.platform.domain.RuleViolationException;

/** A candidate's count of each {@link RiskSignal} at draw time; never negative. */
@Embeddable
public record Signals(
        int acceptedReports,
        int substantiatedReports,
        int charterBreaches,
        int channelOverrides,
        int overrideConcentration,
        int overdueRotations,
        int openDisciplineCases,
        int earlierFindings,
        int monthsSinceLastInspection) {

    /** Months since the last inspection count up to this; a unit never inspected counts this many. */
    public static final int MONTHS_CAP = 36;

    /** The largest count a signal may carry (bounds what a verification request may send). */
    public static final int MAX_COUNT = 1_000_000;

    public static final Signals NONE = new Signals(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Signals {
        for (RiskSignal signal : RiskSignal.values()) {
            int count = count(
                    signal,
                    acceptedReports,
                    substantiatedReports,
                    charterBreaches,
                    channelOverrides,
                    overrideConcentration,
                    overdueRotations,
                    openDisciplineCases,
                    earlierFindings,
                    monthsSinceLastInspection);
            if (count < 0 || count > MAX_COUNT) {
                throw new RuleViolationException(
                        "invalid-signal",
                        "The signal " + signal.key() + " counts 0 to " + MAX_COUNT + ", not " + count);
            }
        }
    }

    /** The counts by signal; a signal missing from {@code counts} counts 0. */
    public static Signals of(Map<RiskSignal, Integer> counts) {
        return new Signals(
                counts.getOrDefault(RiskSignal.ACCEPTED_REPORT, 0),
                counts.getOrDefault(RiskSignal.SUBSTANTIATED_REPORT, 0),
                counts.getOrDefault(RiskSignal.CHARTER_BREACH, 0),
                counts.getOrDefault(RiskSignal.CHANNEL_OVERRIDE, 0),
                counts.getOrDefault(RiskSignal.OVERRIDE_CONCENTRATION, 0),
                counts.getOrDefault(RiskSignal.OVERDUE_ROTATION, 0),
                counts.getOrDefault(RiskSignal.OPEN_DISCIPLINE_CASE, 0),
                counts.getOrDefault(RiskSignal.EARLIER_FINDING, 0),
                Math.min(counts.getOrDefault(RiskSignal.MONTH_SINCE_LAST_INSPECTION, 0), MONTHS_CAP));
    }

    public int count(RiskSignal signal) {
        return count(
                signal,
                acceptedReports,
                substantiatedReports,
                charterBreaches,
                channelOverrides,
                overrideConcentration,
                overdueRotations,
                openDisciplineCases,
                earlierFindings,
                monthsSinceLastInspection);
    }

    /** Every signal with its count, in the enum's order. */
    public Map<RiskSignal, Integer> asMap() {
        Map<RiskSignal, Integer> map = new EnumMap<>(RiskSignal.class);
        for (RiskSignal signal : RiskSignal.values()) {
            map.put(signal, count(signal));
        }
        return map;
    }

    @SuppressWarnings("java:S107")
    private static int count(
            RiskSignal signal,
            int accepted,
            int substantiated,
            int breaches,
            int overrides,
            int concentration,
            int rotations,
            int discipline,
            int findings,
            int months) {
        return switch (signal) {
            case ACCEPTED_REPORT -> accepted;
            case SUBSTANTIATED_REPORT -> substantiated;
            case CHARTER_BREACH -> breaches;
            case CHANNEL_OVERRIDE -> overrides;
            case OVERRIDE_CONCENTRATION -> concentration;
            case OVERDUE_ROTATION -> rotations;
            case OPEN_DISCIPLINE_CASE -> discipline;
            case EARLIER_FINDING -> findings;
            case MONTH_SINCE_LAST_INSPECTION -> months;
        };
    }
}
