package vn.customs.declarations.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.customs.declarations.domain.declaration.Flow;
import vn.customs.platform.domain.RuleViolationException;

/**
 * Channel selection: each rule, the highest channel winning with every reason kept, and the minimum random rates,
 * checked both with a generator that returns a chosen draw and statistically with a fixed seed.
 */
class ChannelSelectorTest {

    /** The department's defaults, with one watched origin so that the rule can be exercised. */
    private static final RiskRules RULES = new RiskRules(
            RiskRules.defaults().redHsChapters(), RiskRules.defaults().yellowHsChapters(), Set.of("XX"), 2, 0.02, 0.05);

    private static final ChannelSelector SELECTOR = new ChannelSelector(RULES);

    /** A draw that no random rate reaches, so only the rules decide. */
    private static final RandomGenerator NO_DRAW = draws(0.999_999);

    /** Ceramic tiles (chapter 69) from Italy, lodged electronically by a known declarant with a clean record. */
    private static RiskFacts clean() {
        return facts(List.of("69072100"), List.of("IT"), false, 0, false);
    }

    @Test
    void aCleanDeclarationThatIsNotDrawnIsGreenWithNoRiskFound() {
        ChannelSelection selection = SELECTOR.select(clean(), NO_DRAW);

        assertEquals(new ChannelSelection(Channel.GREEN, List.of("NO_RISK_FOUND")), selection);
    }

    static Stream<Arguments> eachRuleAlone() {
        return Stream.of(
                Arguments.of(
                        "arms",
                        facts(List.of("93020000"), List.of("IT"), false, 0, false),
                        Channel.RED,
                        List.of("HS_CHAPTER_RED:93")),
                Arguments.of(
                        "tobacco",
                        facts(List.of("24022090"), List.of("IT"), false, 0, false),
                        Channel.RED,
                        List.of("HS_CHAPTER_RED:24")),
                Arguments.of(
                        "pharmaceuticals",
                        facts(List.of("30049099"), List.of("IT"), false, 0, false),
                        Channel.RED,
                        List.of("HS_CHAPTER_RED:30")),
                Arguments.of(
                        "two prior violations",
                        facts(List.of("69072100"), List.of("IT"), false, 2, false),
                        Channel.RED,
                        List.of("PRIOR_VIOLATIONS:2")),
                Arguments.of(
                        "three prior violations",
                        facts(List.of("69072100"), List.of("IT"), false, 3, false),
                        Channel.RED,
                        List.of("PRIOR_VIOLATIONS:3")),
                Arguments.of(
                        "machinery",
                        facts(List.of("84713020"), List.of("IT"), false, 0, false),
                        Channel.YELLOW,
                        List.of("HS_CHAPTER_YELLOW:84")),
                Arguments.of(
                        "vehicles",
                        facts(List.of("87032363"), List.of("IT"), false, 0, false),
                        Channel.YELLOW,
                        List.of("HS_CHAPTER_YELLOW:87")),
                Arguments.of(
                        "first-time declarant",
                        facts(List.of("69072100"), List.of("IT"), true, 0, false),
                        Channel.YELLOW,
                        List.of("FIRST_TIME_DECLARANT")),
                Arguments.of(
                        "watched origin",
                        facts(List.of("69072100"), List.of("XX"), false, 0, false),
                        Channel.YELLOW,
                        List.of("WATCHED_ORIGIN:XX")),
                Arguments.of(
                        "paper submission",
                        facts(List.of("69072100"), List.of("IT"), false, 0, true),
                        Channel.YELLOW,
                        List.of("PAPER_SUBMISSION")),
                Arguments.of(
                        "one prior violation is below the threshold",
                        facts(List.of("69072100"), List.of("IT"), false, 1, false),
                        Channel.GREEN,
                        List.of("NO_RISK_FOUND")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachRuleAlone(String rule, RiskFacts facts, Channel expectedChannel, List<String> expectedReasons) {
        ChannelSelection selection = SELECTOR.select(facts, NO_DRAW);

        assertEquals(expectedChannel, selection.channel());
        assertEquals(expectedReasons, selection.reasons());
    }

    @Test
    void theHighestChannelWinsAndEveryReasonIsKept() {
        RiskFacts facts = facts(
                List.of("85171300", "93020000", "84713020", "85171800", "24022090"),
                List.of("IT", "XX", "XX"),
                true,
                3,
                true);

        ChannelSelection selection = SELECTOR.select(facts, NO_DRAW);

        assertEquals(Channel.RED, selection.channel());
        // red rules first, then yellow; chapters once each, in the order of the goods lines
        assertEquals(
                List.of(
                        "HS_CHAPTER_RED:93",
                        "HS_CHAPTER_RED:24",
                        "PRIOR_VIOLATIONS:3",
                        "HS_CHAPTER_YELLOW:85",
                        "HS_CHAPTER_YELLOW:84",
                        "FIRST_TIME_DECLARANT",
                        "WATCHED_ORIGIN:XX",
                        "PAPER_SUBMISSION"),
                selection.reasons());
    }

    @Test
    void severalYellowRulesGiveYellowWithAllTheirReasons() {
        RiskFacts facts = facts(List.of("84713020", "87032363"), List.of("XX"), true, 1, true);

        ChannelSelection selection = SELECTOR.select(facts, NO_DRAW);

        assertEquals(Channel.YELLOW, selection.channel());
        assertEquals(
                List.of(
                        "HS_CHAPTER_YELLOW:84",
                        "HS_CHAPTER_YELLOW:87",
                        "FIRST_TIME_DECLARANT",
                        "WATCHED_ORIGIN:XX",
                        "PAPER_SUBMISSION"),
                selection.reasons());
    }

    static Stream<Arguments> theDraw() {
        RiskFacts yellowByRule = facts(List.of("69072100"), List.of("IT"), true, 0, false);
        RiskFacts redByRule = facts(List.of("93020000"), List.of("IT"), false, 0, false);
        // with the default rates a clean declaration goes RED below 0.02 and YELLOW below 0.02 + 0.98 * 0.05 = 0.069
        return Stream.of(
                Arguments.of(clean(), 0.0, Channel.RED, List.of("RANDOM_RED")),
                Arguments.of(clean(), 0.019_999, Channel.RED, List.of("RANDOM_RED")),
                Arguments.of(clean(), 0.020_001, Channel.YELLOW, List.of("RANDOM_YELLOW")),
                Arguments.of(clean(), 0.068_9, Channel.YELLOW, List.of("RANDOM_YELLOW")),
                Arguments.of(clean(), 0.069_1, Channel.GREEN, List.of("NO_RISK_FOUND")),
                Arguments.of(yellowByRule, 0.01, Channel.RED, List.of("FIRST_TIME_DECLARANT", "RANDOM_RED")),
                // already YELLOW: the yellow draw adds nothing
                Arguments.of(yellowByRule, 0.03, Channel.YELLOW, List.of("FIRST_TIME_DECLARANT")),
                // already RED: the draw adds nothing
                Arguments.of(redByRule, 0.0, Channel.RED, List.of("HS_CHAPTER_RED:93")));
    }

    @ParameterizedTest(name = "[{index}] draw {1}: {2} {3}")
    @MethodSource
    void theDraw(RiskFacts facts, double draw, Channel expectedChannel, List<String> expectedReasons) {
        ChannelSelection selection = SELECTOR.select(facts, draws(draw));

        assertEquals(expectedChannel, selection.channel());
        assertEquals(expectedReasons, selection.reasons());
    }

    @Test
    void everyCallDrawsExactlyOneDouble() {
        List<RiskFacts> all = List.of(
                clean(),
                facts(List.of("84713020"), List.of("IT"), true, 0, true),
                facts(List.of("93020000"), List.of("XX"), true, 5, true));
        for (RiskFacts facts : all) {
            for (double draw : new double[] {0.0, 0.03, 0.5}) {
                int[] calls = {0};
                RandomGenerator counting = new RandomGenerator() {
                    @Override
                    public long nextLong() {
                        calls[0]++;
                        return draws(draw).nextLong();
                    }
                };

                SELECTOR.select(facts, counting);

                assertEquals(1, calls[0], facts + " with draw " + draw);
            }
        }
    }

    @Test
    void overManyCleanDeclarationsTheMinimumRandomRatesHold() {
        Map<Channel, Integer> counts = countChannels(100_000, new Random(2022));

        double red = counts.get(Channel.RED) / 100_000.0;
        double yellow = counts.get(Channel.YELLOW) / 100_000.0;
        assertEquals(0.02, red, 0.003, "share of RED: " + red);
        assertEquals((1 - 0.02) * 0.05, yellow, 0.004, "share of YELLOW: " + yellow);
    }

    @Test
    void theSameSeedGivesTheSameSequence() {
        List<RiskFacts> mixed = List.of(
                clean(),
                facts(List.of("84713020"), List.of("IT"), false, 0, false),
                facts(List.of("69072100"), List.of("IT"), true, 0, false),
                facts(List.of("93020000"), List.of("IT"), false, 0, false));

        List<ChannelSelection> first = run(mixed, 2_000, new Random(2022));
        List<ChannelSelection> second = run(mixed, 2_000, new Random(2022));
        List<ChannelSelection> otherSeed = run(mixed, 2_000, new Random(2023));

        assertEquals(first, second);
        assertNotEquals(first, otherSeed);
    }

    @ParameterizedTest(name = "gate {0}")
    @ValueSource(strings = {"01B1", "02CI", "03CC", "15BB", "47I1"})
    void everyChannelIsReachableAtEveryGate(String gate) {
        RiskFacts clean = new RiskFacts(gate, Flow.EXPORT, List.of("69072100"), List.of("VN"), false, 0, false);
        Random random = new Random(gate.hashCode());
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        for (int i = 0; i < 5_000; i++) {
            counts.merge(SELECTOR.select(clean, random).channel(), 1, Integer::sum);
        }

        assertEquals(Set.of(Channel.values()), counts.keySet(), "channels drawn: " + counts);
        // and for certain, not only by luck: the lowest draw sends a clean declaration to RED
        assertEquals(Channel.RED, SELECTOR.select(clean, draws(0.0)).channel());
    }

    @Test
    void evenTheLowestConfigurableRedRateCanSendACleanDeclarationToRed() {
        RiskRules strict = new RiskRules(Set.of(), Set.of(), Set.of(), 1, Double.MIN_VALUE, 0.0);

        assertEquals(
                new ChannelSelection(Channel.RED, List.of("RANDOM_RED")),
                new ChannelSelector(strict).select(clean(), draws(0.0)));
        assertEquals(
                Channel.GREEN,
                new ChannelSelector(strict).select(clean(), draws(0.5)).channel());
    }

    @ParameterizedTest(name = "red rate {0}")
    @ValueSource(doubles = {0.0, -0.01, 1.01, Double.NaN})
    void aRuleSetThatCouldNeverInspectACleanDeclarationIsRefused(double redRate) {
        assertThrows(
                IllegalArgumentException.class, () -> new RiskRules(Set.of(), Set.of(), Set.of(), 2, redRate, 0.05));
    }

    @Test
    void contradictoryOrMalformedRulesAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RiskRules(Set.of("93"), Set.of("93"), Set.of(), 2, 0.02, 0.05));
        assertThrows(
                IllegalArgumentException.class, () -> new RiskRules(Set.of("9"), Set.of(), Set.of(), 2, 0.02, 0.05));
        assertThrows(
                IllegalArgumentException.class, () -> new RiskRules(Set.of(), Set.of(), Set.of("vn"), 2, 0.02, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new RiskRules(Set.of(), Set.of(), Set.of(), 0, 0.02, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new RiskRules(Set.of(), Set.of(), Set.of(), 2, 0.02, -0.05));
        assertThrows(IllegalArgumentException.class, () -> new RiskRules(Set.of(), Set.of(), Set.of(), 2, 0.02, 1.5));
    }

    @Test
    void theDefaultsAreThoseDocumented() {
        RiskRules defaults = RiskRules.defaults();

        assertEquals(Set.of("24", "30", "36", "93"), defaults.redHsChapters());
        assertEquals(Set.of("84", "85", "87"), defaults.yellowHsChapters());
        assertEquals(Set.of(), defaults.watchedOrigins());
        assertEquals(2, defaults.violationsForRed());
        assertEquals(0.02, defaults.minimumRandomRedRate());
        assertEquals(0.05, defaults.minimumRandomYellowRate());
    }

    static Stream<Arguments> malformedFacts() {
        return Stream.of(
                Arguments.of("gate-required", (Runnable)
                        () -> new RiskFacts(" ", Flow.IMPORT, List.of("69072100"), List.of(), false, 0, false)),
                Arguments.of("flow-required", (Runnable)
                        () -> new RiskFacts("02CI", null, List.of("69072100"), List.of(), false, 0, false)),
                Arguments.of("goods-required", (Runnable)
                        () -> new RiskFacts("02CI", Flow.IMPORT, List.of(), List.of(), false, 0, false)),
                Arguments.of("hs-code-invalid", (Runnable)
                        () -> new RiskFacts("02CI", Flow.IMPORT, List.of("9302"), List.of(), false, 0, false)),
                Arguments.of("hs-code-invalid", (Runnable)
                        () -> new RiskFacts("02CI", Flow.IMPORT, List.of("9302.00.00"), List.of(), false, 0, false)),
                Arguments.of("origin-invalid", (Runnable)
                        () -> new RiskFacts("02CI", Flow.IMPORT, List.of("69072100"), List.of("ITA"), false, 0, false)),
                Arguments.of("prior-violations-negative", (Runnable)
                        () -> new RiskFacts("02CI", Flow.IMPORT, List.of("69072100"), List.of(), false, -1, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void malformedFacts(String expectedCode, Runnable build) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, build::run);

        assertEquals(expectedCode, refused.code());
    }

    @Test
    void channelsAreOrderedGreenYellowRed() {
        assertTrue(Channel.GREEN.lowerThan(Channel.YELLOW));
        assertTrue(Channel.YELLOW.lowerThan(Channel.RED));
        assertTrue(Channel.GREEN.lowerThan(Channel.RED));
        assertFalse(Channel.RED.lowerThan(Channel.YELLOW));
        assertFalse(Channel.YELLOW.lowerThan(Channel.YELLOW));
    }

    @Test
    void aSelectionRecordsAtLeastOneReason() {
        assertThrows(IllegalArgumentException.class, () -> new ChannelSelection(Channel.GREEN, List.of()));
    }

    private static Map<Channel, Integer> countChannels(int declarations, RandomGenerator random) {
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            counts.put(channel, 0);
        }
        RiskFacts clean = clean();
        for (int i = 0; i < declarations; i++) {
            counts.merge(SELECTOR.select(clean, random).channel(), 1, Integer::sum);
        }
        return counts;
    }

    private static List<ChannelSelection> run(List<RiskFacts> facts, int rounds, RandomGenerator random) {
        List<ChannelSelection> selections = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            selections.add(SELECTOR.select(facts.get(i % facts.size()), random));
        }
        return selections;
    }

    private static RiskFacts facts(
            List<String> hsCodes,
            List<String> origins,
            boolean firstTimeDeclarant,
            int priorViolations,
            boolean paperSubmission) {
        return new RiskFacts(
                "02CI", Flow.IMPORT, hsCodes, origins, firstTimeDeclarant, priorViolations, paperSubmission);
    }

    /**
     * A generator whose {@code nextDouble()} returns {@code value} rounded down to a multiple of 2^-53, since the
     * default {@code nextDouble} keeps the top 53 bits of {@code nextLong}; so draws in the tables stay clear of the
     * exact thresholds.
     */
    private static RandomGenerator draws(double value) {
        long bits = ((long) (value * 0x1.0p53)) << 11;
        return () -> bits;
    }
}
