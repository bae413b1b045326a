package vn.customs.declarations.domain.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.contracts.Event;
import vn.customs.contracts.declarations.DeclarationCleared;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.charter.ClockState;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.time.WorkingCalendar;

/** Every step from every state (and channel after registration), allowed or refused, as the lifecycle table says. */
class DeclarationLifecycleTest {

    // Friday 27 November 2026, 09:00 in Hanoi: a working morning.
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.builder().build();
    private static final CharterTerms TERMS = CharterTerms.law();
    private static final UUID OFFICER = UUID.randomUUID();

    /** state / channel → the steps allowed there; every other step is refused. Written out, not computed. */
    private static final String[][] TABLE = {
        {"SUBMITTED", "-", "REJECT"},
        {"REGISTERED", "GREEN", "CLEAR ASSESS_DUTIES CANCEL"},
        {"REGISTERED", "YELLOW", "START_DOC_CHECK CANCEL"},
        {"REGISTERED", "RED", "REQUIRE_GOODS CANCEL"},
        {"ASSESSED_AWAITING_PAYMENT", "GREEN", "CLEAR CANCEL"},
        {"UNDER_DOC_CHECK", "YELLOW", "REQUEST_DOCUMENTS ESCALATE_TO_GOODS CLEAR CANCEL"},
        {"AWAITING_DOCUMENTS", "YELLOW", "DOCUMENTS_RECEIVED CANCEL"},
        {"AWAITING_GOODS", "RED", "GOODS_PRESENTED CANCEL"},
        {"UNDER_INSPECTION", "RED", "CLEAR CANCEL"},
        {"CLEARED", "GREEN", ""},
        {"CANCELLED", "YELLOW", ""},
        {"EXPIRED", "RED", ""},
        {"REJECTED", "-", ""},
    };

    static Stream<Arguments> everyStepFromEveryState() {
        return Arrays.stream(TABLE).flatMap(row -> {
            Set<String> allowed = Set.of(row[2].split(" "));
            return Arrays.stream(Step.values())
                    .map(step -> Arguments.of(row[0], row[1], step, allowed.contains(step.name())));
        });
    }

    @ParameterizedTest(name = "{0} ({1}) --{2}--> allowed: {3}")
    @MethodSource("everyStepFromEveryState")
    void everyStepFromEveryState(String state, String channel, Step step, boolean allowed) {
        Declaration declaration = in(DeclarationStatus.valueOf(state), channel);
        if (declaration.status().next().contains(DeclarationStatus.CANCELLED)) {
            declaration.requestCancellation("the buyer withdrew", "0101234567", NOW); // so that CANCEL may apply
        }
        if (allowed) {
            declaration.take(step, OFFICER, null, TERMS, CALENDAR, NOW.plusSeconds(60));
            assertEquals(step.target(), declaration.status());
            assertEquals(
                    step.name(),
                    declaration.history().get(declaration.history().size() - 1).action());
        } else {
            int historyBefore = declaration.history().size();
            IllegalTransitionException refused = assertThrows(
                    IllegalTransitionException.class,
                    () -> declaration.take(step, OFFICER, null, TERMS, CALENDAR, NOW.plusSeconds(60)));
            assertEquals(state, declaration.status().name(), "a refused step changes nothing");
            assertEquals(historyBefore, declaration.history().size());
            assertTrue(
                    refused.getMessage().contains(state),
                    "the problem names the current state: " + refused.getMessage());
        }
    }

    @Test
    void cancellingNeedsTheDeclarantsRequest() {
        Declaration declaration = in(DeclarationStatus.REGISTERED, "GREEN");
        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> declaration.take(Step.CANCEL, OFFICER, null, TERMS, CALENDAR, NOW));
        assertEquals("cancellation-not-requested", refused.code());
    }

    @Test
    void clearingInTimeIsMetAndTheClockPausesWhileDocumentsAreAwaited() {
        Declaration declaration = in(DeclarationStatus.REGISTERED, "YELLOW");
        declaration.take(Step.START_DOC_CHECK, OFFICER, null, TERMS, CALENDAR, NOW.plus(Duration.ofMinutes(30)));
        declaration.take(
                Step.REQUEST_DOCUMENTS, OFFICER, "C/O missing", TERMS, CALENDAR, NOW.plus(Duration.ofMinutes(60)));
        // the weekend waiting on the declarant does not count: documents arrive on Monday at 09:00
        declaration.take(Step.DOCUMENTS_RECEIVED, OFFICER, null, TERMS, CALENDAR, NOW.plus(Duration.ofDays(3)));
        Optional<Event> cleared = declaration.take(
                Step.CLEAR,
                OFFICER,
                null,
                TERMS,
                CALENDAR,
                NOW.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(30)));
        DeclarationCleared event = (DeclarationCleared) cleared.orElseThrow();
        assertEquals(90 * 60, event.processingSeconds());
        assertTrue(event.withinCharter());
        assertEquals(ClockState.MET, declaration.clock().state(CALENDAR, NOW.plus(Duration.ofDays(4))));
    }

    @Test
    void aLateClockIsBreachedOnceAndALapsedDeclarationExpires() {
        Declaration declaration = in(DeclarationStatus.REGISTERED, "GREEN");
        assertEquals(Optional.empty(), declaration.breachIfLate(CALENDAR, NOW.plus(Duration.ofMinutes(119))));
        assertTrue(declaration
                .breachIfLate(CALENDAR, NOW.plus(Duration.ofMinutes(121)))
                .isPresent());
        assertEquals(Optional.empty(), declaration.breachIfLate(CALENDAR, NOW.plus(Duration.ofMinutes(122))), "once");

        Declaration waiting = in(DeclarationStatus.AWAITING_GOODS, "RED");
        assertEquals(Optional.empty(), waiting.expireIfLapsed(NOW.plus(Duration.ofDays(14))));
        assertEquals(
                "AWAITING_GOODS",
                waiting.expireIfLapsed(NOW.plus(Duration.ofDays(15)))
                        .orElseThrow()
                        .status());
        assertEquals(DeclarationStatus.EXPIRED, waiting.status());
    }

    @Test
    void anOverrideOnlyLowersAndNeedsASecondOfficer() {
        Declaration declaration = in(DeclarationStatus.REGISTERED, "RED");
        assertEquals(
                "not-a-lowering",
                assertThrows(
                                RuleViolationException.class,
                                () -> declaration.proposeOverride(Channel.RED, "TRUSTED_TRADER", OFFICER, NOW))
                        .code());
        declaration.proposeOverride(Channel.YELLOW, "TRUSTED_TRADER", OFFICER, NOW);
        assertEquals(
                "four-eyes",
                assertThrows(RuleViolationException.class, () -> declaration.approveOverride(OFFICER, NOW))
                        .code());
        UUID second = UUID.randomUUID();
        assertEquals("YELLOW", declaration.approveOverride(second, NOW).toChannel());
        assertEquals(Channel.YELLOW, declaration.channel());
        assertEquals(second, declaration.overrideApprovedBy());
    }

    @Test
    void registrationRefusesAnInvoiceFromTheFuture() {
        Declaration declaration =
                Declaration.submit(UUID.randomUUID(), lodgement(LocalDate.of(2026, 12, 5)), "h", "x", NOW);
        assertFalse(declaration.registrationProblems(LocalDate.of(2026, 11, 27)).isEmpty());
    }

    static Declaration in(DeclarationStatus state, String channel) {
        Declaration declaration =
                Declaration.submit(UUID.randomUUID(), lodgement(LocalDate.of(2026, 11, 20)), "h", "0101234567", NOW);
        if (state == DeclarationStatus.SUBMITTED) {
            return declaration;
        }
        if (state == DeclarationStatus.REJECTED) {
            declaration.reject("invalid", NOW);
            return declaration;
        }
        declaration.register(
                "100000000001",
                new ChannelSelection(Channel.valueOf(channel), List.of("TEST")),
                OFFICER,
                TERMS,
                CALENDAR,
                NOW);
        List<Step> path = pathTo(state);
        for (Step step : path) {
            if (step == Step.CANCEL) {
                declaration.requestCancellation("changed my mind", "0101234567", NOW);
            }
            declaration.take(step, OFFICER, null, TERMS, CALENDAR, NOW);
        }
        if (state == DeclarationStatus.EXPIRED) {
            declaration.expireIfLapsed(NOW.plus(Declaration.LAPSE));
        }
        return declaration;
    }

    private static List<Step> pathTo(DeclarationStatus state) {
        switch (state) {
            case ASSESSED_AWAITING_PAYMENT:
                return List.of(Step.ASSESS_DUTIES);
            case UNDER_DOC_CHECK:
                return List.of(Step.START_DOC_CHECK);
            case AWAITING_DOCUMENTS:
                return List.of(Step.START_DOC_CHECK, Step.REQUEST_DOCUMENTS);
            case AWAITING_GOODS:
                return List.of(Step.REQUIRE_GOODS);
            case UNDER_INSPECTION:
                return List.of(Step.REQUIRE_GOODS, Step.GOODS_PRESENTED);
            case CLEARED:
                return List.of(Step.CLEAR);
            case CANCELLED:
                return List.of(Step.CANCEL);
            default:
                return List.of();
        }
    }

    static Lodgement lodgement(LocalDate invoiceDate) {
        return new Lodgement(
                "LRN-1",
                "IMPORT",
                "A11",
                "HUU_NGHI",
                "ELECTRONIC",
                new Party("0101234567", "Công ty TNHH Đồng Đăng", "Lạng Sơn", "VN"),
                new Party(null, "Pingxiang Trading", null, "CN"),
                null,
                new Transport("ROAD", "12C-34567", "PX-1", invoiceDate.plusDays(3)),
                new Invoice(
                        "INV-1",
                        invoiceDate,
                        "USD",
                        new BigDecimal("1000.00"),
                        new BigDecimal("25000"),
                        new BigDecimal("25000"),
                        null,
                        null,
                        "DAP"),
                List.of(new Item(
                        1,
                        "08109094",
                        "Thanh long",
                        "CN",
                        BigDecimal.TEN,
                        "KGM",
                        BigDecimal.TEN,
                        new BigDecimal("1000.00"),
                        null,
                        null,
                        null)),
                List.of());
    }
}
