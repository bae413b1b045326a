package vn.customs.inspections.domain.draw;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * The draw's statistics: the inclusion frequencies of 10,000 seeded draws against the exact inclusion probabilities of
 * successive weighted sampling, and the minimum probability proved on the exact probabilities of many weightings.
 */
class WeightedSamplingTest {

    private static final int DRAWS = 10_000;

    /** A frequency may be this many standard errors sqrt(π(1 − π) / DRAWS) from its probability π. */
    private static final double TOLERANCE_STANDARD_ERRORS = 4.0;

    @Test
    void tenThousandSeededDrawsMatchTheExactInclusionProbabilities() {
        WeightFormula formula = DrawSamples.formula("0.10");
        List<CandidateSnapshot> gates = DrawSamples.gates(formula);
        int size = 2;
        DrawSelection first = DrawSelection.compute(formula, gates, size, DrawSamples.seed(0));
        List<UnitCode> units =
                first.candidates().stream().map(CandidateSnapshot::unit).toList();
        double[] exact = inclusion(doubles(first.effectiveWeights()), size);

        Map<UnitCode, Integer> drawn = new HashMap<>();
        for (int i = 0; i < DRAWS; i++) {
            // seed_i = SHA-256(master ‖ i): the same 10,000 draws on every run
            DrawSelection selection = DrawSelection.compute(formula, gates, size, DrawSamples.seed(i));
            selection.drawn().forEach(u -> drawn.merge(u, 1, Integer::sum));
        }

        for (int i = 0; i < units.size(); i++) {
            double frequency = drawn.getOrDefault(units.get(i), 0) / (double) DRAWS;
            double standardError = Math.sqrt(exact[i] * (1 - exact[i]) / DRAWS);
            assertThat(
                    units.get(i) + " drawn " + frequency + ", expected " + exact[i],
                    frequency,
                    closeTo(exact[i], TOLERANCE_STANDARD_ERRORS * standardError));
            assertThat(units.get(i) + " keeps its minimum probability", exact[i], greaterThanOrEqualTo(0.10 - 1e-12));
            assertThat(frequency, greaterThanOrEqualTo(0.10 - TOLERANCE_STANDARD_ERRORS * standardError));
        }
    }

    @Test
    void theQuietestGateIsRaisedToTheFloorAndTheOthersKeepTheirWeights() {
        WeightFormula formula = DrawSamples.formula("0.10");
        DrawSelection selection = DrawSelection.compute(formula, DrawSamples.gates(formula), 2, DrawSamples.seed(0));
        // sorted: CHI_MA 1.25, COC_NAM 36, DONG_DANG 4.5, HUU_NGHI 14.75, TAN_THANH 4.75
        List<BigDecimal> weights =
                selection.candidates().stream().map(CandidateSnapshot::weight).toList();
        assertThat(weights.get(0), equalTo(new BigDecimal("1.25")));
        BigDecimal floor = selection.effectiveWeights().get(0);
        assertThat(floor, greaterThan(new BigDecimal("1.25")));
        assertThat(selection.effectiveWeights().subList(1, 5), equalTo(weights.subList(1, 5)));
        double total = selection.effectiveWeights().stream()
                .mapToDouble(BigDecimal::doubleValue)
                .sum();
        double q = 1 - Math.pow(0.9, 0.5);
        assertThat(floor.doubleValue() / total, closeTo(q, 1e-9));
        assertThat(floor.doubleValue() / total, greaterThanOrEqualTo(q));
    }

    @Test
    void theFloorGivesEveryCandidateItsMinimumProbabilityWhateverTheWeights() {
        SplittableRandom random = new SplittableRandom(14);
        double[] minimums = {0.01, 0.05, 0.10, 0.20, 0.30, 0.50};
        int checked = 0;
        int refused = 0;
        for (int round = 0; round < 3000; round++) {
            int n = 2 + random.nextInt(7);
            int size = 1 + random.nextInt(n - 1);
            double minimum = minimums[random.nextInt(minimums.length)];
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // from 0.001 to 1000: one candidate often dwarfs the others
                weights.add(BigDecimal.valueOf(Math.pow(10, -3 + 6 * random.nextDouble()))
                        .round(new java.math.MathContext(6)));
            }
            List<BigDecimal> floored;
            try {
                floored = WeightedSampling.floored(weights, size, BigDecimal.valueOf(minimum));
            } catch (RuleViolationException e) {
                assertThat(e.code(), equalTo("minimum-probability-unreachable"));
                assertThat((double) size / n, lessThan(minimum));
                refused++;
                continue;
            }
            double[] exact = inclusion(doubles(floored), size);
            for (int i = 0; i < n; i++) {
                // 1e-12: the rounding of the exact computation in doubles, not of the floor (rounded up in decimals)
                assertThat(
                        weights + " size " + size + " candidate " + i, exact[i], greaterThanOrEqualTo(minimum - 1e-12));
                assertThat(floored.get(i), greaterThanOrEqualTo(weights.get(i)));
            }
            checked++;
        }
        assertThat(checked, greaterThan(2000));
        assertThat(refused, greaterThan(0));
    }

    @Test
    void weightsThatAlreadyGiveTheMinimumAreLeftAlone() {
        List<BigDecimal> weights = List.of(new BigDecimal("3"), new BigDecimal("4"), new BigDecimal("5"));
        assertThat(WeightedSampling.floored(weights, 1, new BigDecimal("0.05")), equalTo(weights));
        assertThat(WeightedSampling.floored(weights, 1, BigDecimal.ZERO), equalTo(weights));
    }

    @Test
    void aMinimumNoDrawOfThatSizeCanGiveIsRefused() {
        List<BigDecimal> weights = List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> WeightedSampling.floored(weights, 1, new BigDecimal("0.3")));
        assertThat(refused.code(), equalTo("minimum-probability-unreachable"));
        // 2 of 4 gives each one an even chance: equal weights
        assertThat(
                WeightedSampling.floored(
                        List.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE),
                        2,
                        new BigDecimal("0.45")),
                everyItem(equalTo(BigDecimal.TEN)));
    }

    @Test
    void theUniformNumbersAreInTheOpenIntervalAndSpreadEvenly() {
        Seed seed = DrawSamples.seed(3);
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double u = WeightedSampling.uniform(seed, new UnitCode("U" + i));
            assertThat(u, greaterThan(0.0));
            assertThat(u, lessThan(1.0));
            sum += u;
        }
        // mean of 10,000 uniforms: 0.5 with a standard error of 0.0029
        assertThat(sum / 10_000, closeTo(0.5, 4 * Math.sqrt(1.0 / 12 / 10_000)));
    }

    @Test
    void theHmacIsTheStandardOne() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        Seed seed = DrawSamples.seed(5);
        mac.init(new javax.crypto.spec.SecretKeySpec(seed.bytes(), "HmacSHA256"));
        byte[] message = "HUU_NGHI".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(WeightedSampling.hmacSha256(seed.bytes(), message), equalTo(mac.doFinal(message)));
        // RFC 4231, test case 2
        assertThat(
                java.util.HexFormat.of()
                        .formatHex(WeightedSampling.hmacSha256(
                                "Jefe".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                                "what do ya want for nothing?".getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
                equalTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    /**
     * The exact inclusion probabilities of drawing {@code size} one at a time, each with a chance proportional to its
     * weight among those left (what Efraimidis–Spirakis keys amount to), over every ordered sequence of picks.
     */
    static double[] inclusion(double[] weights, int size) {
        int n = weights.length;
        double[] reach = new double[1 << n];
        reach[0] = 1.0;
        double[] inclusion = new double[n];
        for (int mask = 0; mask < reach.length; mask++) {
            if (reach[mask] == 0) {
                continue;
            }
            int picked = Integer.bitCount(mask);
            if (picked == size) {
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        inclusion[i] += reach[mask];
                    }
                }
                continue;
            }
            double left = 0;
            for (int i = 0; i < n; i++) {
                left += (mask & (1 << i)) == 0 ? weights[i] : 0;
            }
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0) {
                    reach[mask | (1 << i)] += reach[mask] * weights[i] / left;
                }
            }
        }
        return inclusion;
    }

    private static double[] doubles(List<BigDecimal> values) {
        return values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }
}
