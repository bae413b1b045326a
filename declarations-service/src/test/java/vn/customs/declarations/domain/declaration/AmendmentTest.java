package vn.customs.declarations.domain.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.customs.contracts.declarations.DeclarationAmended;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.time.WorkingCalendar;

/** An amendment before customs decided: registration checks again, a channel that may rise but never fall. */
class AmendmentTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.builder().build();
    private static final CharterTerms TERMS = CharterTerms.law();
    private static final Lodgement CORRECTED = DeclarationLifecycleTest.lodgement(LocalDate.of(2026, 11, 21));

    @ParameterizedTest(name = "{0} ({1}): amendable {2}")
    @CsvSource({
        "REGISTERED, YELLOW, true",
        "UNDER_DOC_CHECK, YELLOW, true",
        "AWAITING_DOCUMENTS, YELLOW, true",
        "AWAITING_GOODS, RED, true",
        "ASSESSED_AWAITING_PAYMENT, GREEN, false",
        "UNDER_INSPECTION, RED, false",
        "CLEARED, GREEN, false",
        "CANCELLED, YELLOW, false",
        "EXPIRED, RED, false",
        "REJECTED, -, false"
    })
    void onlyADeclarationCustomsHasNotDecidedOnIsAmended(String state, String channel, boolean amendable) {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.valueOf(state), channel);
        ChannelSelection same = new ChannelSelection(Channel.GREEN, List.of(ChannelSelection.NO_RISK_FOUND));
        if (amendable) {
            DeclarationAmended event = declaration
                    .amend(CORRECTED, "h2", same, TERMS, CALENDAR, "0101234567", NOW)
                    .amended();
            assertEquals(2, event.version());
            assertEquals(1, declaration.amendments());
            assertEquals(CORRECTED.invoice(), declaration.invoice());
        } else {
            assertThrows(
                    IllegalTransitionException.class,
                    () -> declaration.amend(CORRECTED, "h2", same, TERMS, CALENDAR, "0101234567", NOW));
            assertEquals(0, declaration.amendments());
        }
    }

    @Test
    void aRiskierAmendmentRaisesTheChannelAndTheCommittedTime() {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "YELLOW");
        ChannelSelection red = new ChannelSelection(Channel.RED, List.of("HS_CHAPTER_RED:24"));
        DeclarationAmended event = declaration
                .amend(CORRECTED, "h2", red, TERMS, CALENDAR, "0101234567", NOW.plusSeconds(60))
                .amended();
        assertEquals("YELLOW", event.previousChannel());
        assertEquals("RED", event.channel());
        assertEquals(Channel.RED, declaration.channel());
        assertEquals(List.of("TEST", "HS_CHAPTER_RED:24"), declaration.riskReasons());
        assertEquals(Duration.ofHours(8), declaration.clock().committed());
    }

    @Test
    void anAmendmentOnTheSameChannelAddsItsOwnReasons() {
        // a random draw had already sent it RED; the amended content is RED for a rule of its own
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "RED");
        ChannelSelection red = new ChannelSelection(Channel.RED, List.of("HS_CHAPTER_RED:24"));
        DeclarationAmended event = declaration
                .amend(CORRECTED, "h2", red, TERMS, CALENDAR, "0101234567", NOW)
                .amended();
        assertEquals("RED", event.previousChannel());
        assertEquals("RED", event.channel());
        assertEquals(List.of("TEST", "HS_CHAPTER_RED:24"), declaration.riskReasons());
        assertEquals(List.of("TEST", "HS_CHAPTER_RED:24"), event.riskReasons());
    }

    @Test
    void aSaferAmendmentNeverLowersTheChannel() {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "RED");
        ChannelSelection green = new ChannelSelection(Channel.GREEN, List.of(ChannelSelection.NO_RISK_FOUND));
        DeclarationAmended event = declaration
                .amend(CORRECTED, "h2", green, TERMS, CALENDAR, "0101234567", NOW)
                .amended();
        assertEquals("RED", event.channel());
        assertEquals(Channel.RED, declaration.channel());
        assertEquals(List.of("TEST"), declaration.riskReasons());
    }

    @Test
    void theRegistrationChecksRunAgainAndARefusedAmendmentChangesNothing() {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "YELLOW");
        Lodgement future = DeclarationLifecycleTest.lodgement(LocalDate.of(2026, 12, 5));
        ChannelSelection yellow = new ChannelSelection(Channel.YELLOW, List.of("TEST"));
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> declaration.amend(future, "h2", yellow, TERMS, CALENDAR, "0101234567", NOW));
        assertEquals("registration-problems", refused.code());
        assertTrue(refused.getMessage().contains("invoice"), refused.getMessage());
        assertEquals(0, declaration.amendments());
        assertEquals("h", declaration.contentHash());
    }
}
