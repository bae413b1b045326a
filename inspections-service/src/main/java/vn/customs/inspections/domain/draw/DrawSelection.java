package vn.customs.inspections.domain.draw;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * A draw computed from what it commits to: the formula, the candidates with their signals and weights, the size and
 * the seed. The same computation makes a draw and verifies a revealed one, so the two cannot drift apart.
 *
 * <p>The commitment is the SHA-256 (lowercase hex) of the UTF-8 {@link #canonicalText() canonical text}: lines ending
 * in {@code \n}, decimals without trailing zeros or exponent:
 *
 * <pre>
 * customs-inspections-draw/v1
 * formula=2026-10-01
 * base=1
 * coefficient.accepted-report=2      (one line per signal, in RiskSignal's order)
 * minimum-probability=0.05
 * size=2
 * candidate=HUU_NGHI;accepted-report=3;...;month-since-last-inspection=7;weight=9.75   (sorted by unit code)
 * seed=&lt;64 hex digits&gt;
 * </pre>
 */
public record DrawSelection(
        WeightFormula formula,
        List<CandidateSnapshot> candidates,
        int size,
        Seed seed,
        List<BigDecimal> effectiveWeights,
        List<UnitCode> drawn) {

    /** The most candidates one draw takes. */
    public static final int MAX_CANDIDATES = 500;

    public static final String HEADER = "customs-inspections-draw/v1";

    /** Computes the draw; candidates are put in unit-code order first. */
    public static DrawSelection compute(
            WeightFormula formula, List<CandidateSnapshot> candidates, int size, Seed seed) {
        List<CandidateSnapshot> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(c -> c.unit().value()));
        requireValid(sorted, size);
        List<BigDecimal> effective = WeightedSampling.floored(
                sorted.stream().map(CandidateSnapshot::weight).toList(), size, formula.minimumProbability());
        List<UnitCode> drawn = WeightedSampling.draw(
                sorted.stream().map(CandidateSnapshot::unit).toList(), effective, size, seed);
        return new DrawSelection(formula, List.copyOf(sorted), size, seed, effective, drawn);
    }

    private static void requireValid(List<CandidateSnapshot> sorted, int size) {
        if (sorted.isEmpty() || sorted.size() > MAX_CANDIDATES) {
            throw new RuleViolationException(
                    "invalid-candidates", "A draw has 1 to " + MAX_CANDIDATES + " candidates, not " + sorted.size());
        }
        Set<UnitCode> seen = new HashSet<>();
        for (CandidateSnapshot candidate : sorted) {
            if (!seen.add(candidate.unit())) {
                throw new RuleViolationException(
                        "duplicate-candidate", "The unit " + candidate.unit() + " is a candidate twice");
            }
        }
        if (size < 1 || size > sorted.size()) {
            throw new RuleViolationException(
                    "invalid-draw-size",
                    "A draw takes 1 to " + sorted.size() + " units (the number of candidates), not " + size);
        }
    }

    /** What the commitment hashes; see the class comment. */
    public String canonicalText() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("formula=").append(formula.version()).append('\n');
        text.append("base=").append(WeightFormula.text(formula.base())).append('\n');
        for (Map.Entry<RiskSignal, BigDecimal> coefficient :
                formula.coefficients().entrySet()) {
            text.append("coefficient.")
                    .append(coefficient.getKey().key())
                    .append('=')
                    .append(WeightFormula.text(coefficient.getValue()))
                    .append('\n');
        }
        text.append("minimum-probability=")
                .append(WeightFormula.text(formula.minimumProbability()))
                .append('\n');
        text.append("size=").append(size).append('\n');
        for (CandidateSnapshot candidate : candidates) {
            text.append("candidate=").append(candidate.unit().value());
            for (Map.Entry<RiskSignal, Integer> signal :
                    candidate.signals().asMap().entrySet()) {
                text.append(';').append(signal.getKey().key()).append('=').append(signal.getValue());
            }
            text.append(";weight=")
                    .append(WeightFormula.text(candidate.weight()))
                    .append('\n');
        }
        text.append("seed=").append(seed.hex()).append('\n');
        return text.toString();
    }

    /** SHA-256 of the canonical text, lowercase hex. */
    public String commitment() {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(canonicalText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether every candidate's weight is what the formula gives its signals. */
    public boolean weightsMatchFormula() {
        return candidates.stream().allMatch(c -> c.weight().compareTo(formula.weight(c.signals())) == 0);
    }
}
