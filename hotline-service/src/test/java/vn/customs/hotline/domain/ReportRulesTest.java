package vn.customs.hotline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.hotline.ReportConcluded;
import vn.customs.contracts.hotline.TargetedInspectionRequested;
import vn.customs.hotline.domain.report.Outcome;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportStatus;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;

/** The rules of a report besides its lifecycle table, each holding and broken. */
class ReportRulesTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant BEFORE_2026_LAW = Instant.parse("2026-05-04T03:00:00Z");
    private static final Instant AFTER_2026_LAW = Instant.parse("2026-09-07T03:00:00Z");

    @Test
    void onlyAComplaintCanBeWithdrawn() {
        Report denunciation = Reports.in(ReportStatus.VERIFYING, ReportKind.DENUNCIATION, AFTER_2026_LAW);
        assertEquals(
                "not-a-complaint",
                assertThrows(
                                vn.customs.platform.domain.DomainException.class,
                                () -> denunciation.withdraw(null, AFTER_2026_LAW, rules(AFTER_2026_LAW)))
                        .code());
        assertEquals(ReportStatus.VERIFYING, denunciation.status());
    }

    @Test
    void aComplaintIsWithdrawnInPartOnlyUnderTheRulesOf2026() {
        Report before = Reports.in(ReportStatus.VERIFYING, ReportKind.COMPLAINT, BEFORE_2026_LAW);
        assertEquals(
                "partial-withdrawal-not-allowed",
                assertThrows(
                                vn.customs.platform.domain.DomainException.class,
                                () -> before.withdraw(
                                        "The part about the fee", BEFORE_2026_LAW, rules(BEFORE_2026_LAW)))
                        .code());

        Report after = Reports.in(ReportStatus.VERIFYING, ReportKind.COMPLAINT, AFTER_2026_LAW);
        after.withdraw("The part about the fee", AFTER_2026_LAW, rules(AFTER_2026_LAW));
        assertEquals(List.of("The part about the fee"), after.withdrawnParts());
        assertEquals(ReportStatus.VERIFYING, after.status());
    }

    @Test
    void aReportClosesOnlyWhenEveryActionIsDone() {
        Report report = Reports.in(ReportStatus.ACTIONS_TRACKING, ReportKind.DENUNCIATION, AFTER_2026_LAW);
        assertEquals(
                "actions-open",
                assertThrows(vn.customs.platform.domain.DomainException.class, () -> report.close(AFTER_2026_LAW))
                        .code());
        report.completeAction(0, "Case opened", AFTER_2026_LAW);
        assertEquals(
                "action-done",
                assertThrows(
                                vn.customs.platform.domain.DomainException.class,
                                () -> report.completeAction(0, "again", AFTER_2026_LAW))
                        .code());
        report.close(AFTER_2026_LAW);
        assertEquals(ReportStatus.CLOSED, report.status());
    }

    @Test
    void decisionsStateTheirReasons() {
        Report report = Reports.in(ReportStatus.VERIFYING, ReportKind.DENUNCIATION, AFTER_2026_LAW);
        assertEquals(
                "reason-required",
                assertThrows(
                                vn.customs.platform.domain.DomainException.class,
                                () -> report.suspend(" ", AFTER_2026_LAW, rules(AFTER_2026_LAW)))
                        .code());
        assertEquals(
                "reason-required",
                assertThrows(
                                vn.customs.platform.domain.DomainException.class,
                                () -> report.conclude(Outcome.SUBSTANTIATED, "", List.of(), AFTER_2026_LAW))
                        .code());
        assertEquals(
                "outcome-required",
                assertThrows(
                                vn.customs.platform.domain.DomainException.class,
                                () -> report.conclude(null, "Found", List.of(), AFTER_2026_LAW))
                        .code());
    }

    @Test
    void theConclusionNamesTheAccusedAndTheOfficersFoundAndWhetherItWasInTime() {
        Report report = Reports.in(ReportStatus.VERIFYING, ReportKind.DENUNCIATION, AFTER_2026_LAW);
        OfficerId accused = new OfficerId(UUID.randomUUID());
        OfficerId alsoFound = new OfficerId(UUID.randomUUID());
        report.confirmAccused(accused);
        ReportConcluded concluded = report.conclude(
                Outcome.PARTLY_SUBSTANTIATED,
                "One of two acts confirmed.",
                List.of(alsoFound, accused),
                AFTER_2026_LAW);
        assertEquals(List.of(accused.toString(), alsoFound.toString()), concluded.officerIds());
        assertEquals("PARTLY_SUBSTANTIATED", concluded.outcome());
        assertTrue(report.concludedWithinLimit());

        Report late = Reports.in(ReportStatus.VERIFYING, ReportKind.DENUNCIATION, AFTER_2026_LAW);
        late.conclude(Outcome.UNSUBSTANTIATED, "Nothing found.", List.of(), AFTER_2026_LAW.plusSeconds(40L * 86_400));
        assertFalse(late.concludedWithinLimit());
    }

    @Test
    void aReportAsksForOneInspectionAndNeverBeforeItIsAccepted() {
        Report received = Reports.in(ReportStatus.RECEIVED, ReportKind.DENUNCIATION, AFTER_2026_LAW);
        assertThrows(
                vn.customs.platform.domain.IllegalTransitionException.class,
                () -> received.requestInspection("Repeated reports", AFTER_2026_LAW));

        Report concluded = Reports.in(ReportStatus.CONCLUDED, ReportKind.DENUNCIATION, AFTER_2026_LAW);
        TargetedInspectionRequested request =
                concluded.requestInspection("Substantiated bribe request", AFTER_2026_LAW);
        assertEquals("HUU_NGHI", request.unitCode());
        assertEquals("Substantiated bribe request", request.reason());
        assertThrows(RuleViolationException.class, () -> concluded.requestInspection("again", AFTER_2026_LAW));
    }

    @Test
    void theReceivedEventCarriesNoContent() {
        Report report = Reports.in(ReportStatus.RECEIVED, ReportKind.DENUNCIATION, AFTER_2026_LAW);
        String event = report.received().toString();
        for (String content : List.of("money", "counter", "BRIBE_REQUEST")) {
            assertFalse(event.contains(content), content);
        }
        for (String said : List.of("WEB", "DENUNCIATION", "HUU_NGHI")) {
            assertTrue(event.contains(said), said);
        }
    }

    private static vn.customs.hotline.domain.clock.ClockRuleVersion rules(Instant at) {
        return Reports.BOOK.inForceOn(LocalDate.ofInstant(at, VN));
    }
}
