package vn.customs.declarations.domain.risk;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules channel selection applies at one gate: HS chapters that send a declaration to RED or YELLOW, watched
 * origin countries, how many prior violations send a declarant to RED, and the minimum random rates.
 *
 * <p>The random RED rate must be above zero, so that under any rules every declaration can be inspected; the
 * random YELLOW rate applies to declarations that are neither sent to RED by a rule nor drawn for RED.
 */
public record RiskRules(
        Set<String> redHsChapters,
        Set<String> yellowHsChapters,
        Set<String> watchedOrigins,
        int violationsForRed,
        double minimumRandomRedRate,
        double minimumRandomYellowRate) {

    private static final Pattern CHAPTER = Pattern.compile("[0-9]{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public RiskRules {
        redHsChapters = Set.copyOf(Objects.requireNonNull(redHsChapters, "redHsChapters"));
        yellowHsChapters = Set.copyOf(Objects.requireNonNull(yellowHsChapters, "yellowHsChapters"));
        watchedOrigins = Set.copyOf(Objects.requireNonNull(watchedOrigins, "watchedOrigins"));
        requireAll(redHsChapters, CHAPTER, "A red HS chapter has 2 digits");
        requireAll(yellowHsChapters, CHAPTER, "A yellow HS chapter has 2 digits");
        requireAll(watchedOrigins, COUNTRY, "A watched origin is an upper-case ISO 3166 alpha-2 code");
        Set<String> both = new HashSet<>(redHsChapters);
        both.retainAll(yellowHsChapters);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("HS chapters cannot be both red and yellow: " + both + ".");
        }
        if (violationsForRed < 1) {
            throw new IllegalArgumentException(
                    "Violations for red must be at least 1, but were " + violationsForRed + ".");
        }
        // The negated comparisons also refuse NaN.
        if (!(minimumRandomRedRate > 0.0 && minimumRandomRedRate <= 1.0)) {
            throw new IllegalArgumentException("The minimum random red rate must be above 0 and at most 1, so that"
                    + " every declaration can be inspected, but was " + minimumRandomRedRate + ".");
        }
        if (!(minimumRandomYellowRate >= 0.0 && minimumRandomYellowRate <= 1.0)) {
            throw new IllegalArgumentException(
                    "The minimum random yellow rate must be from 0 to 1, but was " + minimumRandomYellowRate + ".");
        }
    }

    /**
     * The department's starting rules, until a gate configures its own. RED chapters: 24 tobacco (the most
     * smuggled goods under excise duty), 30 pharmaceuticals (licensed by the health ministry, and counterfeited),
     * 36 explosives and pyrotechnics, and 93 arms and ammunition (both under a licence regime). YELLOW chapters: 84
     * machinery, 85 electrical equipment and 87 vehicles, where valuation, used-goods restrictions and false origin
     * are common. No origin is watched by default. Two prior violations send a declarant to RED. At random, 2% of
     * declarations go RED, and 5% of the clean declarations not drawn for RED go YELLOW.
     */
    public static RiskRules defaults() {
        return new RiskRules(Set.of("24", "30", "36", "93"), Set.of("84", "85", "87"), Set.of(), 2, 0.02, 0.05);
    }

    private static void requireAll(Set<String> values, Pattern pattern, String rule) {
        for (String value : values) {
            if (!pattern.matcher(value).matches()) {
                throw new IllegalArgumentException(rule + ", but was '" + value + "'.");
            }
        }
    }
}
