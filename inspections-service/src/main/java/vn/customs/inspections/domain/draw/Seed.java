package vn.customs.inspections.domain.draw;

import java.util.HexFormat;
import java.util.regex.Pattern;
import vn.customs.platform.domain.RuleViolationException;

/** A draw's secret: 32 random bytes as 64 lowercase hex digits, revealed only once the drawn inspections started. */
public record Seed(String hex) {

    public static final String PATTERN = "[0-9a-f]{64}";
    public static final int LENGTH = 64;
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public Seed {
        if (hex == null || !VALID.matcher(hex).matches()) {
            throw new RuleViolationException("invalid-seed", "A seed is 64 lowercase hexadecimal digits");
        }
    }

    /** The seed of 32 bytes (from a SecureRandom in the use case). */
    public static Seed of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a seed is 32 bytes, not " + bytes.length);
        }
        return new Seed(HexFormat.of().formatHex(bytes));
    }

    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    /** Never the secret itself: a seed that reaches a log or a message says only that it exists. */
    @Override
    public String toString() {
        return "Seed[sealed]";
    }
}
