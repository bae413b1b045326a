package vn.customs.inspections.domain.draw;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis) from a seed, with a floor under the weights that keeps
 * every candidate's chance of being drawn at or above a minimum.
 *
 * <p><b>The floor.</b> Drawing {@code k} of {@code n} this way is drawing one at a time with chances proportional to
 * the weights left. A candidate of weight {@code w} among weights summing to {@code W} is picked at each step with a
 * chance of at least {@code w / W} (what is left weighs at most {@code W}), so it is missed by all {@code k} steps
 * with a chance of at most {@code (1 − w/W)^k}. Its chance of being drawn is therefore at least {@code p} when {@code
 * w / W ≥ q = 1 − (1 − p)^(1/k)}. The floor {@code f} is the smallest weight with {@code f / Σ max(wᵢ, f) = q}
 * (that ratio grows with {@code f}); every weight below it is raised to it. When {@code q · n ≥ 1} no floor can give
 * it, and the weights become equal (each is drawn with chance {@code k / n}), refused when {@code k / n < p}.
 */
public final class WeightedSampling {

    /** The floor and the first-pick share are rounded up to this many significant digits: never below the bound. */
    private static final MathContext UP = new MathContext(12, RoundingMode.UP);

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private static final double TWO_POW_53 = 9007199254740992.0;

    private WeightedSampling() {}

    /** {@code q = 1 − (1 − p)^(1/k)}, rounded up: the share of the total weight that guarantees a chance {@code p}. */
    public static BigDecimal firstPickShare(BigDecimal minimumProbability, int size) {
        if (minimumProbability.signum() == 0) {
            return BigDecimal.ZERO;
        }
        double q = 1.0 - StrictMath.pow(1.0 - minimumProbability.doubleValue(), 1.0 / size);
        return new BigDecimal(q).round(UP);
    }

    /**
     * The weights the draw uses: each raised to the floor that guarantees {@code minimumProbability} in a draw of
     * {@code size}; all equal when no floor can (refused when even equal chances {@code size / n} are too low).
     */
    public static List<BigDecimal> floored(List<BigDecimal> weights, int size, BigDecimal minimumProbability) {
        int n = weights.size();
        if (size >= n || minimumProbability.signum() == 0) {
            return List.copyOf(weights);
        }
        BigDecimal q = firstPickShare(minimumProbability, size);
        if (q.multiply(BigDecimal.valueOf(n)).compareTo(BigDecimal.ONE) >= 0) {
            if (BigDecimal.valueOf(size).divide(BigDecimal.valueOf(n), EXACT).compareTo(minimumProbability) < 0) {
                throw new RuleViolationException(
                        "minimum-probability-unreachable",
                        "Drawing " + size + " of " + n + " gives each candidate at most a chance of " + size + "/" + n
                                + ", below the formula's minimum probability "
                                + WeightFormula.text(minimumProbability));
            }
            BigDecimal max = weights.stream().max(Comparator.naturalOrder()).orElseThrow();
            return weights.stream().map(w -> max).toList();
        }
        BigDecimal floor = floor(weights, q);
        return weights.stream()
                .map(w -> w.max(floor))
                .map(WeightFormula::canonical)
                .toList();
    }

    /** The smallest {@code f} with {@code f / Σ max(wᵢ, f) ≥ q} (0 when the smallest weight already has its share). */
    static BigDecimal floor(List<BigDecimal> weights, BigDecimal q) {
        List<BigDecimal> sorted = new ArrayList<>(weights);
        sorted.sort(Comparator.naturalOrder());
        BigDecimal above = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int m = 0; m < sorted.size(); m++) {
            // the m smallest are raised to f: f = q · (m · f + Σ the others) → f = q · Σ others / (1 − q · m)
            BigDecimal f = q.multiply(above).divide(BigDecimal.ONE.subtract(q.multiply(BigDecimal.valueOf(m))), EXACT);
            if (f.compareTo(sorted.get(m)) <= 0) {
                return m == 0 ? BigDecimal.ZERO : f.round(UP);
            }
            above = above.subtract(sorted.get(m));
        }
        throw new IllegalStateException("q · n < 1 always leaves a floor below the largest weight");
    }

    /**
     * The candidate's uniform number in (0, 1): the first 8 bytes of HMAC-SHA256(key = the seed's 32 bytes, message =
     * the unit code in UTF-8), big-endian, their top 53 bits {@code x}, then {@code (x + 0.5) / 2^53}.
     */
    public static double uniform(Seed seed, UnitCode unit) {
        byte[] digest = hmacSha256(seed.bytes(), unit.value().getBytes(StandardCharsets.UTF_8));
        long x = ByteBuffer.wrap(digest, 0, 8).getLong() >>> 11;
        return (x + 0.5) / TWO_POW_53;
    }

    /** HMAC-SHA256 (RFC 2104) of {@code message} under a key of at most 64 bytes. */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        byte[] inner = new byte[64];
        byte[] outer = new byte[64];
        for (int i = 0; i < 64; i++) {
            byte k = i < key.length ? key[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        MessageDigest sha = sha256();
        sha.update(inner);
        byte[] innerHash = sha.digest(message);
        sha.update(outer);
        return sha.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The Efraimidis–Spirakis key {@code u^(1/w)}, compared as its logarithm {@code ln(u) / w} (same order, no
     * underflow); {@link StrictMath} so that every Java runtime computes the same bits.
     */
    public static double key(Seed seed, UnitCode unit, BigDecimal weight) {
        return StrictMath.log(uniform(seed, unit)) / weight.doubleValue();
    }

    /** The {@code size} candidates with the largest keys, largest first (equal keys: by unit code). */
    public static List<UnitCode> draw(List<UnitCode> units, List<BigDecimal> weights, int size, Seed seed) {
        record Keyed(UnitCode unit, double key) {}
        List<Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            keyed.add(new Keyed(units.get(i), key(seed, units.get(i), weights.get(i))));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key)
                .reversed()
                .thenComparing(k -> k.unit().value()));
        return keyed.stream().limit(size).map(Keyed::unit).toList();
    }
}
