package vn.customs.inspections.domain.finding;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.customs.inspections.domain.finding.FindingSamples.GATE;
import static vn.customs.inspections.domain.finding.FindingSamples.HEADS;
import static vn.customs.inspections.domain.finding.FindingSamples.HEAD_A;
import static vn.customs.inspections.domain.finding.FindingSamples.HEAD_B;
import static vn.customs.inspections.domain.finding.FindingSamples.NOW;
import static vn.customs.inspections.domain.finding.FindingSamples.OFFICER;
import static vn.customs.inspections.domain.finding.FindingSamples.OWNER;
import static vn.customs.inspections.domain.finding.FindingSamples.TODAY;
import static vn.customs.inspections.domain.finding.FindingSamples.facts;
import static vn.customs.inspections.domain.finding.FindingSamples.record;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.customs.contracts.inspections.FindingRecorded;
import vn.customs.platform.domain.RuleViolationException;

/** The rules of a finding: who answers for it, when, and what it may order. */
class FindingRulesTest {

    @ParameterizedTest(name = "{0} about {1}: accountable head {2}")
    @CsvSource({
        // severity,            violation,   head
        "REMINDER,              2026-03-10, ",
        "CORRECTIVE,            2026-03-10, A",
        "DISCIPLINARY_REFERRAL, 2026-03-10, A",
        "CRIMINAL_REFERRAL,     2026-03-10, A",
        "CORRECTIVE,            2026-05-31, A",
        "CORRECTIVE,            2026-06-01, B",
        "CORRECTIVE,            2026-09-01, B",
        "REMINDER,              2026-09-01, ",
        "CORRECTIVE,            2024-12-31, ",
    })
    void theHeadOnTheViolationDateAnswersFromCorrectiveUp(Severity severity, LocalDate violation, String head) {
        Finding.Recorded recorded = record(facts(severity, violation));

        String expected = head == null ? null : (head.equals("A") ? HEAD_A : HEAD_B).toString();
        assertThat(recorded.finding().accountableHead().map(Object::toString).orElse(null), is(expected));
        assertThat(recorded.event().accountableHeadOfficerId(), is(expected));
    }

    @Test
    void theEventCarriesTheFindingAsRecorded() {
        UUID declaration = UUID.randomUUID();
        Finding.Recorded recorded = record(new Finding.Facts(
                FindingCategory.CONDUCT,
                Severity.DISCIPLINARY_REFERRAL,
                OFFICER,
                LocalDate.of(2026, 3, 10),
                "  Asked the driver for money.  ",
                declaration));

        FindingRecorded event = recorded.event();
        Finding finding = recorded.finding();
        assertThat(event.findingId(), equalTo(finding.id().toString()));
        assertThat(event.inspectionId(), equalTo(finding.inspectionId().toString()));
        assertThat(event.unitCode(), equalTo(GATE.value()));
        assertThat(event.officerId(), equalTo(OFFICER.toString()));
        assertThat(event.category(), equalTo("CONDUCT"));
        assertThat(event.severity(), equalTo("DISCIPLINARY_REFERRAL"));
        assertThat(event.violationDate(), equalTo(LocalDate.of(2026, 3, 10)));
        assertThat(event.declarationId(), equalTo(declaration.toString()));
        assertThat(event.occurredAt(), equalTo(NOW));
        assertThat(finding.evidence(), equalTo("Asked the driver for money."));
    }

    @Test
    void aFindingAboutNoOfficerNamesNone() {
        Finding.Recorded recorded = record(new Finding.Facts(
                FindingCategory.UNIFORM, Severity.REMINDER, null, TODAY, "Two officers without caps.", null));

        assertThat(recorded.event().officerId(), nullValue());
        assertThat(recorded.event().declarationId(), nullValue());
    }

    @Test
    void aViolationCannotLieInTheFuture() {
        var refused =
                assertThrows(RuleViolationException.class, () -> record(facts(Severity.CORRECTIVE, TODAY.plusDays(1))));
        assertThat(refused.code(), equalTo("violation-in-future"));
    }

    @ParameterizedTest
    @CsvSource({"0, evidence-required", "4001, evidence-too-long"})
    void evidenceIsRequiredAndBounded(int length, String code) {
        Finding.Facts facts =
                new Finding.Facts(FindingCategory.OTHER, Severity.REMINDER, null, TODAY, "x".repeat(length), null);
        var refused = assertThrows(RuleViolationException.class, () -> record(facts));
        assertThat(refused.code(), equalTo(code));
    }

    @Test
    void evidenceOfExactlyTheLimitIsKept() {
        Finding.Facts facts = new Finding.Facts(
                FindingCategory.OTHER, Severity.REMINDER, null, TODAY, "x".repeat(Finding.MAX_EVIDENCE), null);
        assertThat(record(facts).finding().evidence().length(), is(Finding.MAX_EVIDENCE));
    }

    @Test
    void aReminderOrdersNoCorrectiveAction() {
        Finding reminder = record(facts(Severity.REMINDER, TODAY)).finding();
        var refused = assertThrows(
                RuleViolationException.class,
                () -> reminder.orderAction(UUID.randomUUID(), "Wear badges.", OWNER, TODAY, TODAY, NOW));
        assertThat(refused.code(), equalTo("actions-need-corrective"));
    }

    @ParameterizedTest
    @CsvSource({"CORRECTIVE", "DISCIPLINARY_REFERRAL", "CRIMINAL_REFERRAL"})
    void fromCorrectiveUpAFindingOrdersActions(Severity severity) {
        Finding finding = record(facts(severity, TODAY)).finding();
        CorrectiveAction action = finding.orderAction(UUID.randomUUID(), "Wear badges.", OWNER, TODAY, TODAY, NOW);

        assertThat(action.status(), is(CorrectiveActionStatus.OPEN));
        assertThat(action.findingId(), equalTo(finding.id()));
        assertThat(action.inspectionId(), equalTo(finding.inspectionId()));
        assertThat(action.unitCode(), equalTo(GATE));
    }

    @Test
    void anActionIsNotDueInThePast() {
        Finding finding = record(facts(Severity.CORRECTIVE, TODAY)).finding();
        var refused = assertThrows(
                RuleViolationException.class,
                () -> finding.orderAction(UUID.randomUUID(), "Wear badges.", OWNER, TODAY.minusDays(1), TODAY, NOW));
        assertThat(refused.code(), equalTo("due-date-past"));
    }

    @ParameterizedTest
    @CsvSource({"0, description-required", "2001, description-too-long"})
    void anActionIsDescribedWithinItsBound(int length, String code) {
        Finding finding = record(facts(Severity.CORRECTIVE, TODAY)).finding();
        var refused = assertThrows(
                RuleViolationException.class,
                () -> finding.orderAction(UUID.randomUUID(), "x".repeat(length), OWNER, TODAY, TODAY, NOW));
        assertThat(refused.code(), equalTo(code));
    }

    @Test
    void onlyCorrectiveAndAboveHoldTheHeadAccountable() {
        assertThat(Severity.REMINDER.holdsHeadAccountable(), is(false));
        assertThat(HEADS.headOn(GATE, TODAY).orElseThrow(), equalTo(HEAD_B));
    }
}
