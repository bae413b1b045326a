package vn.customs.declarations.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import vn.customs.declarations.domain.declaration.Flow;

/** The version of the risk rules in force on the lodging day chooses, with a gate's own rules where it has them. */
class RiskRuleBookTest {

    private static final RiskRules FIRST = new RiskRules(Set.of("93"), Set.of(), Set.of(), 3, 0.02, 0.05);
    private static final RiskRules SECOND = new RiskRules(Set.of("93", "24"), Set.of(), Set.of(), 2, 0.02, 0.05);
    private static final RiskRules HUU_NGHI = new RiskRules(Set.of("93", "24", "08"), Set.of(), Set.of(), 1, 0.1, 0.05);

    private final RiskRuleBook book = new RiskRuleBook(List.of(
            new RiskRuleVersion(LocalDate.of(2026, 7, 1), SECOND, Map.of("HUU_NGHI", HUU_NGHI)),
            new RiskRuleVersion(LocalDate.of(2026, 1, 1), FIRST, Map.of())));

    /** A draw that never raises the channel. */
    private static final RandomGenerator NO_DRAW = () -> Long.MAX_VALUE;

    @Test
    void theLatestVersionThatTookEffectOnOrBeforeTheDayIsInForce() {
        assertEquals("2026-01-01", book.inForce(LocalDate.of(2026, 6, 30)).id());
        assertEquals("2026-07-01", book.inForce(LocalDate.of(2026, 7, 1)).id());
        assertEquals("2026-07-01", book.inForce(LocalDate.of(2027, 3, 1)).id());
        // before the first version, the first holds: a book always answers
        assertEquals("2026-01-01", book.inForce(LocalDate.of(2025, 12, 31)).id());
    }

    @Test
    void aGateWithItsOwnRulesUsesThemAndEveryOtherGateTheDefaults() {
        RiskRuleVersion july = book.inForce(LocalDate.of(2026, 8, 1));
        assertEquals(HUU_NGHI, july.rulesAt("HUU_NGHI"));
        assertEquals(SECOND, july.rulesAt("COC_NAM"));
    }

    @Test
    void theSelectionRecordsTheVersionThatChoseItsChannel() {
        RiskFacts tobacco = new RiskFacts("COC_NAM", Flow.IMPORT, List.of("24021000"), List.of("CN"), false, 0, false);
        ChannelSelection june = book.inForce(LocalDate.of(2026, 6, 1)).select(tobacco, NO_DRAW);
        assertEquals(Channel.GREEN, june.channel());
        assertEquals("2026-01-01", june.rulesVersion());
        ChannelSelection august = book.inForce(LocalDate.of(2026, 8, 1)).select(tobacco, NO_DRAW);
        assertEquals(Channel.RED, august.channel());
        assertEquals(List.of("HS_CHAPTER_RED:24"), august.reasons());
        assertEquals("2026-07-01", august.rulesVersion());
    }

    @Test
    void theViolationThresholdIsTheGatesOwnInItsVersion() {
        RiskFacts once = new RiskFacts("HUU_NGHI", Flow.IMPORT, List.of("61091010"), List.of("CN"), false, 1, false);
        assertEquals(
                List.of("PRIOR_VIOLATIONS:1"),
                book.inForce(LocalDate.of(2026, 8, 1)).select(once, NO_DRAW).reasons());
        assertEquals(
                Channel.GREEN,
                book.inForce(LocalDate.of(2026, 3, 1)).select(once, NO_DRAW).channel());
    }

    @Test
    void aBookNeedsAVersionAndOneVersionPerDay() {
        assertThrows(IllegalArgumentException.class, () -> new RiskRuleBook(List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RiskRuleBook(List.of(
                        new RiskRuleVersion(LocalDate.of(2026, 1, 1), FIRST, Map.of()),
                        new RiskRuleVersion(LocalDate.of(2026, 1, 1), SECOND, Map.of()))));
    }
}
