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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.contracts.declarations.DeclarationCleared;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.charter.ClockState;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.Money;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TaxId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.time.WorkingCalendar;

/** Every step from every state (and channel after registration), allowed or refused, as the lifecycle table says. */
class DeclarationLifecycleTest {

    // Friday 27 November 2026, 09:00 in Hanoi: a working morning.
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.builder().build();
    private static final CharterTerms TERMS = CharterTerms.law();
    private static final OfficerId OFFICER = new OfficerId(UUID.randomUUID());

    /** state / channel → the steps allowed there; every other step is refused. Written out, not computed. */
    private static final String[][] TABLE = {
        {"SUBMITTED", "-", ""},
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

    /** Each named transition an officer takes, as the /steps endpoint names it. */
    private static final Map<String, Consumer<Declaration>> STEPS = steps(NOW.plusSeconds(60));

    private static Map<String, Consumer<Declaration>> steps(Instant at) {
        Map<String, Consumer<Declaration>> steps = new LinkedHashMap<>();
        steps.put("START_DOC_CHECK", d -> d.startDocumentCheck(OFFICER, null, CALENDAR, at));
        steps.put("REQUEST_DOCUMENTS", d -> d.requestDocuments(OFFICER, null, CALENDAR, at));
        steps.put("DOCUMENTS_RECEIVED", d -> d.receiveDocuments(OFFICER, null, CALENDAR, at));
        steps.put("ESCALATE_TO_GOODS", d -> d.escalateToGoods(OFFICER, null, TERMS, CALENDAR, at));
        steps.put("REQUIRE_GOODS", d -> d.requireGoods(OFFICER, null, CALENDAR, at));
        steps.put("GOODS_PRESENTED", d -> d.startInspection(OFFICER, null, CALENDAR, at));
        steps.put("ASSESS_DUTIES", d -> d.assessDuties(OFFICER, null, CALENDAR, at));
        steps.put("CLEAR", d -> d.clear(OFFICER, null, CALENDAR, at));
        steps.put("CANCEL", d -> d.cancel(OFFICER, null, CALENDAR, at));
        return steps;
    }

    static Stream<Arguments> everyStepFromEveryState() {
        return Arrays.stream(TABLE).flatMap(row -> {
            Set<String> allowed = Set.of(row[2].split(" "));
            return STEPS.keySet().stream().map(step -> Arguments.of(row[0], row[1], step, allowed.contains(step)));
        });
    }

    @ParameterizedTest(name = "{0} ({1}) --{2}--> allowed: {3}")
    @MethodSource("everyStepFromEveryState")
    void everyStepFromEveryState(String state, String channel, String step, boolean allowed) {
        Declaration declaration = in(DeclarationStatus.valueOf(state), channel);
        if (declaration.status().next().contains(DeclarationStatus.CANCELLED)) {
            declaration.requestCancellation("the buyer withdrew", "0101234567", NOW); // so that CANCEL may apply
        }
        if (allowed) {
            DeclarationStatus before = declaration.status();
            STEPS.get(step).accept(declaration);
            assertTrue(before.next().contains(declaration.status()), "a step the status table allows");
            assertEquals(
                    step,
                    declaration.history().get(declaration.history().size() - 1).action());
        } else {
            int historyBefore = declaration.history().size();
            IllegalTransitionException refused = assertThrows(
                    IllegalTransitionException.class, () -> STEPS.get(step).accept(declaration));
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
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> declaration.cancel(OFFICER, null, CALENDAR, NOW));
        assertEquals("cancellation-not-requested", refused.code());
    }

    @Test
    void clearingInTimeIsMetAndTheClockPausesWhileDocumentsAreAwaited() {
        Declaration declaration = in(DeclarationStatus.REGISTERED, "YELLOW");
        declaration.startDocumentCheck(OFFICER, null, CALENDAR, NOW.plus(Duration.ofMinutes(30)));
        declaration.requestDocuments(OFFICER, "C/O missing", CALENDAR, NOW.plus(Duration.ofMinutes(60)));
        // the weekend waiting on the declarant does not count: documents arrive on Monday at 09:00
        declaration.receiveDocuments(OFFICER, null, CALENDAR, NOW.plus(Duration.ofDays(3)));
        DeclarationCleared event = declaration
                .clear(OFFICER, null, CALENDAR, NOW.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(30)))
                .cleared();
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
        OfficerId second = new OfficerId(UUID.randomUUID());
        assertEquals("YELLOW", declaration.approveOverride(second, NOW).toChannel());
        assertEquals(Channel.YELLOW, declaration.channel());
        assertEquals(second, declaration.override().approvedBy());
    }

    @Test
    void registrationRefusesAnInvoiceFromTheFuture() {
        Declaration declaration =
                Declaration.submit(UUID.randomUUID(), lodgement(LocalDate.of(2026, 12, 5)), "h", "x", NOW);
        assertFalse(declaration.registrationProblems(LocalDate.of(2026, 11, 27)).isEmpty());
    }

    /** The officer {@link #in} assigns at registration. */
    static OfficerId officer() {
        return OFFICER;
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
                "default",
                OFFICER,
                TERMS,
                CALENDAR,
                NOW);
        Map<String, Consumer<Declaration>> steps = steps(NOW);
        for (String step : pathTo(state)) {
            if (step.equals("CANCEL")) {
                declaration.requestCancellation("changed my mind", "0101234567", NOW);
            }
            steps.get(step).accept(declaration);
        }
        if (state == DeclarationStatus.EXPIRED) {
            declaration.expireIfLapsed(NOW.plus(Declaration.LAPSE));
        }
        return declaration;
    }

    private static List<String> pathTo(DeclarationStatus state) {
        return switch (state) {
            case ASSESSED_AWAITING_PAYMENT -> List.of("ASSESS_DUTIES");
            case UNDER_DOC_CHECK -> List.of("START_DOC_CHECK");
            case AWAITING_DOCUMENTS -> List.of("START_DOC_CHECK", "REQUEST_DOCUMENTS");
            case AWAITING_GOODS, EXPIRED -> List.of("REQUIRE_GOODS"); // lapses while the goods are awaited
            case UNDER_INSPECTION -> List.of("REQUIRE_GOODS", "GOODS_PRESENTED");
            case CLEARED -> List.of("CLEAR");
            case CANCELLED -> List.of("CANCEL");
            case SUBMITTED, REJECTED, REGISTERED -> List.of();
        };
    }

    static Lodgement lodgement(LocalDate invoiceDate) {
        return new Lodgement(
                "LRN-1",
                Flow.IMPORT,
                "A11",
                new UnitCode("HUU_NGHI"),
                SubmissionChannel.ELECTRONIC,
                new Party(new TaxId("0101234567"), "Công ty TNHH Đồng Đăng", "Lạng Sơn", "VN"),
                new Counterparty(null, "Pingxiang Trading", null, "CN"),
                null,
                new Transport("ROAD", "12C-34567", "PX-1", invoiceDate.plusDays(3)),
                new Invoice(
                        "INV-1",
                        invoiceDate,
                        new Money(new BigDecimal("1000.00"), "USD"),
                        new BigDecimal("25000"),
                        new BigDecimal("25000"),
                        null,
                        null,
                        "DAP"),
                List.of(new Item(
                        1,
                        new HsCode("08109094"),
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
