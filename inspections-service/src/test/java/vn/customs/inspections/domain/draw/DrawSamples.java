package vn.customs.inspections.domain.draw;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.customs.platform.domain.UnitCode;

/** Formulas, candidates and seeds for the draw's unit tests. */
final class DrawSamples {

    private DrawSamples() {}

    /** The formula of the configuration's first version. */
    static WeightFormula formula(String minimumProbability) {
        Map<RiskSignal, BigDecimal> coefficients = new EnumMap<>(RiskSignal.class);
        coefficients.put(RiskSignal.ACCEPTED_REPORT, new BigDecimal("2.0"));
        coefficients.put(RiskSignal.SUBSTANTIATED_REPORT, new BigDecimal("4.0"));
        coefficients.put(RiskSignal.CHARTER_BREACH, new BigDecimal("0.5"));
        coefficients.put(RiskSignal.CHANNEL_OVERRIDE, new BigDecimal("1.0"));
        coefficients.put(RiskSignal.OVERRIDE_CONCENTRATION, new BigDecimal("2.0"));
        coefficients.put(RiskSignal.OVERDUE_ROTATION, new BigDecimal("1.5"));
        coefficients.put(RiskSignal.OPEN_DISCIPLINE_CASE, new BigDecimal("2.0"));
        coefficients.put(RiskSignal.EARLIER_FINDING, new BigDecimal("1.0"));
        coefficients.put(RiskSignal.MONTH_SINCE_LAST_INSPECTION, new BigDecimal("0.25"));
        return WeightFormula.of("2026-10-01", new BigDecimal("1.0"), coefficients, new BigDecimal(minimumProbability));
    }

    static Signals signals(int accepted, int substantiated, int breaches, int months) {
        return new Signals(accepted, substantiated, breaches, 0, 0, 0, 0, 0, months);
    }

    /** Five gates, from quiet to troubled. */
    static List<CandidateSnapshot> gates(WeightFormula formula) {
        return List.of(
                CandidateSnapshot.weighed(new UnitCode("HUU_NGHI"), signals(3, 1, 4, 7), formula),
                CandidateSnapshot.weighed(new UnitCode("TAN_THANH"), signals(1, 0, 2, 3), formula),
                CandidateSnapshot.weighed(new UnitCode("CHI_MA"), signals(0, 0, 0, 1), formula),
                CandidateSnapshot.weighed(new UnitCode("DONG_DANG"), signals(0, 0, 1, 12), formula),
                CandidateSnapshot.weighed(new UnitCode("COC_NAM"), signals(6, 3, 10, 24), formula));
    }

    static Seed seed(int i) {
        return derived(new Seed("5eed".repeat(16)), i);
    }

    /** seed_i = SHA-256(master seed's bytes ‖ i as 4 big-endian bytes). */
    static Seed derived(Seed master, int i) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(master.bytes());
            sha.update(ByteBuffer.allocate(4).putInt(i).array());
            return Seed.of(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
