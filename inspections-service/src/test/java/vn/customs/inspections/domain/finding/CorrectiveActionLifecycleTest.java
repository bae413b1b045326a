package vn.customs.inspections.domain.finding;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.customs.inspections.domain.finding.FindingSamples.LEAD;
import static vn.customs.inspections.domain.finding.FindingSamples.NOW;
import static vn.customs.inspections.domain.finding.FindingSamples.OFFICER;
import static vn.customs.inspections.domain.finding.FindingSamples.OWNER;
import static vn.customs.inspections.domain.finding.FindingSamples.TODAY;
import static vn.customs.inspections.domain.finding.FindingSamples.in;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.customs.contracts.inspections.CorrectiveActionOverdue;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;

/** Every (state, transition) pair of a corrective action, written out; then who may do what. */
class CorrectiveActionLifecycleTest {

    /** A transition as the owner (or, for verify, a lead who is not the owner) would call it. */
    enum Transition {
        START,
        COMPLETE,
        VERIFY,
        OVERDUE;

        void apply(CorrectiveAction action) {
            switch (this) {
                case START -> action.start(OWNER, false, NOW);
                case COMPLETE -> action.complete(OWNER, false, TODAY, NOW);
                case VERIFY -> action.verify(LEAD, "lead-1", NOW);
                case OVERDUE -> action.markOverdue(TODAY.plusDays(1), NOW);
            }
        }
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
        // from,      transition, to (ILLEGAL: refused, state unchanged)
        "OPEN,        START,      IN_PROGRESS",
        "OPEN,        COMPLETE,   ILLEGAL",
        "OPEN,        VERIFY,     ILLEGAL",
        "OPEN,        OVERDUE,    OVERDUE",
        "IN_PROGRESS, START,      ILLEGAL",
        "IN_PROGRESS, COMPLETE,   DONE",
        "IN_PROGRESS, VERIFY,     ILLEGAL",
        "IN_PROGRESS, OVERDUE,    OVERDUE",
        "OVERDUE,     START,      ILLEGAL",
        "OVERDUE,     COMPLETE,   DONE",
        "OVERDUE,     VERIFY,     ILLEGAL",
        "OVERDUE,     OVERDUE,    ILLEGAL",
        "DONE,        START,      ILLEGAL",
        "DONE,        COMPLETE,   ILLEGAL",
        "DONE,        VERIFY,     VERIFIED",
        "DONE,        OVERDUE,    ILLEGAL",
        "VERIFIED,    START,      ILLEGAL",
        "VERIFIED,    COMPLETE,   ILLEGAL",
        "VERIFIED,    VERIFY,     ILLEGAL",
        "VERIFIED,    OVERDUE,    ILLEGAL",
    })
    void theLifecycleTable(CorrectiveActionStatus from, Transition transition, String to) {
        CorrectiveAction action = in(from);
        if (to.equals("ILLEGAL")) {
            assertThrows(IllegalTransitionException.class, () -> transition.apply(action));
            assertThat(action.status(), is(from));
        } else {
            transition.apply(action);
            assertThat(action.status(), is(CorrectiveActionStatus.valueOf(to)));
        }
    }

    @Test
    void canMoveToAgreesWithNext() {
        for (CorrectiveActionStatus status : CorrectiveActionStatus.values()) {
            for (CorrectiveActionStatus target : CorrectiveActionStatus.values()) {
                assertThat(status.canMoveTo(target), is(status.next().contains(target)));
            }
        }
    }

    @Test
    void overdueAnnouncesTheActionWithItsOwner() {
        CorrectiveAction action = in(CorrectiveActionStatus.IN_PROGRESS);
        CorrectiveActionOverdue event = action.markOverdue(TODAY.plusDays(1), NOW);

        assertThat(event.actionId(), equalTo(action.id().toString()));
        assertThat(event.findingId(), equalTo(action.findingId().toString()));
        assertThat(event.inspectionId(), equalTo(action.inspectionId().toString()));
        assertThat(event.unitCode(), equalTo("HUU_NGHI"));
        assertThat(event.ownerOfficerId(), equalTo(OWNER.toString()));
        assertThat(event.dueDate(), equalTo(TODAY));
        assertThat(action.overdueOn().orElseThrow(), equalTo(TODAY.plusDays(1)));
    }

    @Test
    void onTheDueDateItselfAnActionIsNotOverdue() {
        CorrectiveAction action = in(CorrectiveActionStatus.OPEN);
        var refused = assertThrows(RuleViolationException.class, () -> action.markOverdue(TODAY, NOW));
        assertThat(refused.code(), equalTo("not-due"));
        assertThat(action.status(), is(CorrectiveActionStatus.OPEN));
    }

    @Test
    void anOverdueActionCompletedIsLate() {
        CorrectiveAction action = in(CorrectiveActionStatus.OVERDUE);
        action.complete(OWNER, false, TODAY.plusDays(2), NOW);
        assertThat(action.completedLate(), is(true));
    }

    @Test
    void anActionCompletedInTimeIsNotLate() {
        CorrectiveAction action = in(CorrectiveActionStatus.DONE);
        assertThat(action.completedLate(), is(false));
    }

    @Test
    void anActionCompletedAfterItsDueDateIsLateEvenBeforeTheWatchSawIt() {
        CorrectiveAction action = in(CorrectiveActionStatus.IN_PROGRESS);
        action.complete(OWNER, false, TODAY.plusDays(1), NOW);
        assertThat(action.completedLate(), is(true));
    }

    @Test
    void someoneElseNeitherStartsNorCompletesIt() {
        CorrectiveAction open = in(CorrectiveActionStatus.OPEN);
        var refused = assertThrows(AccessRefusedException.class, () -> open.start(OFFICER, false, NOW));
        assertThat(refused.code(), equalTo("not-the-owner"));
        assertThrows(AccessRefusedException.class, () -> open.start(null, false, NOW));

        CorrectiveAction started = in(CorrectiveActionStatus.IN_PROGRESS);
        assertThrows(AccessRefusedException.class, () -> started.complete(OFFICER, false, TODAY, NOW));
        assertThat(started.status(), is(CorrectiveActionStatus.IN_PROGRESS));
    }

    @Test
    void aLeadMayStartAndCompleteForTheOwner() {
        CorrectiveAction action = in(CorrectiveActionStatus.OPEN);
        action.start(LEAD, true, NOW);
        action.complete(null, true, TODAY, NOW);
        assertThat(action.status(), is(CorrectiveActionStatus.DONE));
    }

    @Test
    void theOwnerNeverVerifiesHisOwnAction() {
        CorrectiveAction action = in(CorrectiveActionStatus.DONE);
        var refused = assertThrows(AccessRefusedException.class, () -> action.verify(OWNER, "owner-lead", NOW));
        assertThat(refused.code(), equalTo("owner-cannot-verify"));
        assertThat(action.status(), is(CorrectiveActionStatus.DONE));

        action.verify(null, "lead-without-officer-id", NOW);
        assertThat(action.status(), is(CorrectiveActionStatus.VERIFIED));
        assertThat(action.verifiedBy().orElseThrow(), equalTo("lead-without-officer-id"));
    }

    @Test
    void pendingIsWhatIsStillToDo() {
        assertThat(CorrectiveActionStatus.OPEN.pending(), is(true));
        assertThat(CorrectiveActionStatus.IN_PROGRESS.pending(), is(true));
        assertThat(CorrectiveActionStatus.OVERDUE.pending(), is(true));
        assertThat(CorrectiveActionStatus.DONE.pending(), is(false));
        assertThat(CorrectiveActionStatus.VERIFIED.pending(), is(false));
    }
}
