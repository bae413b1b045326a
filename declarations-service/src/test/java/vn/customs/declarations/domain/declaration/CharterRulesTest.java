package vn.customs.declarations.domain.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.time.TimeInterval;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * The charter clock's rules: one extension of the inspection, approved by a second officer; the pause ends when the
 * declarant delivers; a declaration lapses only while it waits on its declarant; a late clearance announces its breach
 * once.
 */
class CharterRulesTest {

    // Friday 27 November 2026, 09:00 in Hanoi: a working morning.
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.builder().build();
    private static final CharterTerms TERMS = CharterTerms.law();
    private static final OfficerId OFFICER = new OfficerId(UUID.randomUUID());
    private static final OfficerId SECOND = new OfficerId(UUID.randomUUID());

    @Test
    void anInspectionIsExtendedOnceByAtMostTwoWorkingDaysWithAReasonApprovedByASecondOfficer() {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.UNDER_INSPECTION, "RED");
        Duration committed = declaration.clock().committed();
        assertEquals(
                "extension-too-long",
                assertThrows(
                                RuleViolationException.class,
                                () -> declaration.requestInspectionExtension(OFFICER, 3, "lab", NOW))
                        .code());
        assertEquals(
                "reason-required",
                assertThrows(
                                RuleViolationException.class,
                                () -> declaration.requestInspectionExtension(OFFICER, 2, " ", NOW))
                        .code());
        declaration.requestInspectionExtension(OFFICER, 2, "Samples sent to the laboratory", NOW);
        assertThrows(
                IllegalTransitionException.class,
                () -> declaration.requestInspectionExtension(SECOND, 1, "again", NOW),
                "once");
        assertEquals(committed, declaration.clock().committed(), "nothing changes before the approval");
        assertEquals(
                "four-eyes",
                assertThrows(
                                RuleViolationException.class,
                                () -> declaration.approveInspectionExtension(OFFICER, CALENDAR, NOW))
                        .code());
        declaration.approveInspectionExtension(SECOND, CALENDAR, NOW);
        // two working days of 8 working hours each
        assertEquals(committed.plusHours(16), declaration.clock().committed());
        assertEquals(SECOND, declaration.extension().approvedBy());
        assertThrows(
                IllegalTransitionException.class,
                () -> declaration.approveInspectionExtension(SECOND, CALENDAR, NOW),
                "approved once");
        assertThrows(
                IllegalTransitionException.class,
                () -> declaration.requestInspectionExtension(SECOND, 1, "more", NOW),
                "extended once");
    }

    @Test
    void onlyAnInspectionUnderWayIsExtended() {
        Declaration waiting = DeclarationLifecycleTest.in(DeclarationStatus.AWAITING_GOODS, "RED");
        assertThrows(
                IllegalTransitionException.class, () -> waiting.requestInspectionExtension(OFFICER, 1, "lab", NOW));
    }

    @Test
    void thePauseEndsWhenTheDeclarantDeliversADocumentNotWhenAnOfficerNextActs() {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "YELLOW");
        declaration.startDocumentCheck(OFFICER, null, CALENDAR, NOW);
        declaration.requestDocuments(OFFICER, "C/O missing", CALENDAR, NOW.plus(Duration.ofMinutes(30)));
        Instant delivered = NOW.plus(Duration.ofHours(1));
        declaration.addDocument(new DocumentRef("CO", "E-1", null, delivered), "0101234567", CALENDAR);

        assertEquals(DeclarationStatus.UNDER_DOC_CHECK, declaration.status());
        assertNull(declaration.clock().pausedSince(), "the clock runs again");
        assertEquals(
                List.of(new TimeInterval(NOW.plus(Duration.ofMinutes(30)), delivered)),
                declaration.clock().pauses());
        assertEquals(
                "DOCUMENTS_DELIVERED",
                declaration.history().get(declaration.history().size() - 1).action());
        // the officer clears an hour after the delivery: 30 minutes before the pause, 60 after
        Clearance clearance = declaration.clear(OFFICER, null, CALENDAR, delivered.plus(Duration.ofHours(1)));
        assertEquals(90 * 60, clearance.cleared().processingSeconds());
    }

    @Test
    void thePauseEndsWhenTheDeclarantPresentsTheGoods() {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.AWAITING_GOODS, "RED");
        Instant presented = NOW.plus(Duration.ofHours(3));
        declaration.presentGoods("0101234567", null, CALENDAR, presented);
        assertEquals(DeclarationStatus.UNDER_INSPECTION, declaration.status());
        assertNull(declaration.clock().pausedSince());
        assertEquals(presented, declaration.clock().pauses().get(0).end());
        assertThrows(
                IllegalTransitionException.class,
                () -> declaration.presentGoods("0101234567", null, CALENDAR, presented),
                "only while goods are awaited");
    }

    @ParameterizedTest
    @EnumSource(
            value = DeclarationStatus.class,
            names = {"REGISTERED", "ASSESSED_AWAITING_PAYMENT", "UNDER_DOC_CHECK", "UNDER_INSPECTION"})
    void aDeclarationWaitingOnCustomsOrPaymentNeverLapses(DeclarationStatus state) {
        Declaration declaration = DeclarationLifecycleTest.in(state, channelFor(state));
        assertEquals(Optional.empty(), declaration.expireIfLapsed(NOW.plus(Duration.ofDays(60))));
        assertEquals(state, declaration.status());
    }

    @ParameterizedTest
    @EnumSource(
            value = DeclarationStatus.class,
            names = {"AWAITING_DOCUMENTS", "AWAITING_GOODS"})
    void aDeclarationWaitingOnItsDeclarantLapsesFifteenDaysAfterRegistration(DeclarationStatus state) {
        Declaration declaration = DeclarationLifecycleTest.in(state, channelFor(state));
        assertEquals(
                Optional.empty(),
                declaration.expireIfLapsed(NOW.plus(Duration.ofDays(15)).minusSeconds(1)));
        assertEquals(
                state.name(),
                declaration
                        .expireIfLapsed(NOW.plus(Duration.ofDays(15)))
                        .orElseThrow()
                        .status());
        assertEquals(DeclarationStatus.EXPIRED, declaration.status());
    }

    @Test
    void aClearanceAfterTheDeadlineAnnouncesTheBreachOnceAndTheWatchNeverAgain() {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "GREEN");
        Instant late = NOW.plus(Duration.ofHours(26)); // the next day: more than the 2 working hours
        Clearance clearance = declaration.clear(OFFICER, null, CALENDAR, late);
        assertFalse(clearance.cleared().withinCharter());
        assertTrue(clearance.breach().isPresent());
        assertEquals(2, clearance.events().size());
        assertEquals(clearance.breach().get(), clearance.events().get(0), "the breach first, as it happened");
        assertEquals(Optional.empty(), declaration.breachIfLate(CALENDAR, late.plusSeconds(60)), "never twice");
        assertNull(declaration.clockRecord().deadline(), "nothing left for the watch");
    }

    @Test
    void aClearanceInTimeOrAfterTheWatchAnnouncedTheBreachAnnouncesNone() {
        Declaration inTime = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "GREEN");
        Clearance cleared = inTime.clear(OFFICER, null, CALENDAR, NOW.plus(Duration.ofMinutes(30)));
        assertTrue(cleared.cleared().withinCharter());
        assertEquals(Optional.empty(), cleared.breach());

        Declaration watched = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "GREEN");
        assertTrue(watched.breachIfLate(CALENDAR, NOW.plus(Duration.ofHours(3))).isPresent());
        Clearance late = watched.clear(OFFICER, null, CALENDAR, NOW.plus(Duration.ofHours(4)));
        assertEquals(Optional.empty(), late.breach(), "the watch announced it already");
        assertEquals(1, late.events().size());
    }

    private static String channelFor(DeclarationStatus state) {
        return switch (state) {
            case ASSESSED_AWAITING_PAYMENT, REGISTERED -> "GREEN";
            case UNDER_DOC_CHECK, AWAITING_DOCUMENTS -> "YELLOW";
            case AWAITING_GOODS, UNDER_INSPECTION -> "RED";
            case SUBMITTED, REJECTED, CLEARED, CANCELLED, EXPIRED -> "-";
        };
    }
}
