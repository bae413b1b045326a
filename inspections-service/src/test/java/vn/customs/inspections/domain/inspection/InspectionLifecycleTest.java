package vn.customs.inspections.domain.inspection;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.contracts.inspections.InspectionConcluded;
import vn.customs.contracts.inspections.InspectionStarted;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/** Every (state, step) pair of an inspection, written out: legal steps move it, the others are refused by name. */
class InspectionLifecycleTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final Team A_TEAM = new Team(officer(), officer(), List.of(officer()));

    enum Step {
        TEAM(i -> i.assignTeam(A_TEAM)),
        RESCHEDULE(i -> i.reschedule(TODAY.plusDays(3), 4)),
        DECIDE(i -> i.decide("QD-1", NOW)),
        START(i -> i.start(TODAY, NOW)),
        EXTEND(i -> i.extend(2, "records on site")),
        END_FIELDWORK(i -> i.endFieldwork(TODAY)),
        CONCLUDE(i -> i.conclude("No finding.", 0, NOW)),
        FOLLOW_UP(Inspection::beginFollowUp),
        CLOSE(i -> i.close(0, NOW));

        final Consumer<Inspection> run;

        Step(Consumer<Inspection> run) {
            this.run = run;
        }
    }

    /** state, step, the state after it (null: refused as an illegal transition). */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(InspectionStatus.DRAFT, Step.TEAM, InspectionStatus.DRAFT),
                Arguments.of(InspectionStatus.DRAFT, Step.RESCHEDULE, InspectionStatus.DRAFT),
                Arguments.of(InspectionStatus.DRAFT, Step.DECIDE, InspectionStatus.DECIDED),
                Arguments.of(InspectionStatus.DRAFT, Step.START, null),
                Arguments.of(InspectionStatus.DRAFT, Step.EXTEND, null),
                Arguments.of(InspectionStatus.DRAFT, Step.END_FIELDWORK, null),
                Arguments.of(InspectionStatus.DRAFT, Step.CONCLUDE, null),
                Arguments.of(InspectionStatus.DRAFT, Step.FOLLOW_UP, null),
                Arguments.of(InspectionStatus.DRAFT, Step.CLOSE, null),
                Arguments.of(InspectionStatus.DECIDED, Step.TEAM, InspectionStatus.DECIDED),
                Arguments.of(InspectionStatus.DECIDED, Step.RESCHEDULE, InspectionStatus.DECIDED),
                Arguments.of(InspectionStatus.DECIDED, Step.DECIDE, null),
                Arguments.of(InspectionStatus.DECIDED, Step.START, InspectionStatus.IN_PROGRESS),
                Arguments.of(InspectionStatus.DECIDED, Step.EXTEND, InspectionStatus.DECIDED),
                Arguments.of(InspectionStatus.DECIDED, Step.END_FIELDWORK, null),
                Arguments.of(InspectionStatus.DECIDED, Step.CONCLUDE, null),
                Arguments.of(InspectionStatus.DECIDED, Step.FOLLOW_UP, null),
                Arguments.of(InspectionStatus.DECIDED, Step.CLOSE, null),
                Arguments.of(InspectionStatus.IN_PROGRESS, Step.TEAM, null),
                Arguments.of(InspectionStatus.IN_PROGRESS, Step.RESCHEDULE, null),
                Arguments.of(InspectionStatus.IN_PROGRESS, Step.DECIDE, null),
                Arguments.of(InspectionStatus.IN_PROGRESS, Step.START, null),
                Arguments.of(InspectionStatus.IN_PROGRESS, Step.EXTEND, InspectionStatus.IN_PROGRESS),
                Arguments.of(InspectionStatus.IN_PROGRESS, Step.END_FIELDWORK, InspectionStatus.FIELDWORK_ENDED),
                Arguments.of(InspectionStatus.IN_PROGRESS, Step.CONCLUDE, null),
                Arguments.of(InspectionStatus.IN_PROGRESS, Step.FOLLOW_UP, null),
                Arguments.of(InspectionStatus.IN_PROGRESS, Step.CLOSE, null),
                Arguments.of(InspectionStatus.FIELDWORK_ENDED, Step.TEAM, null),
                Arguments.of(InspectionStatus.FIELDWORK_ENDED, Step.EXTEND, null),
                Arguments.of(InspectionStatus.FIELDWORK_ENDED, Step.END_FIELDWORK, null),
                Arguments.of(InspectionStatus.FIELDWORK_ENDED, Step.CONCLUDE, InspectionStatus.CONCLUDED),
                Arguments.of(InspectionStatus.FIELDWORK_ENDED, Step.FOLLOW_UP, null),
                Arguments.of(InspectionStatus.FIELDWORK_ENDED, Step.CLOSE, null),
                Arguments.of(InspectionStatus.CONCLUDED, Step.TEAM, null),
                Arguments.of(InspectionStatus.CONCLUDED, Step.START, null),
                Arguments.of(InspectionStatus.CONCLUDED, Step.CONCLUDE, null),
                Arguments.of(InspectionStatus.CONCLUDED, Step.FOLLOW_UP, InspectionStatus.FOLLOW_UP),
                Arguments.of(InspectionStatus.CONCLUDED, Step.CLOSE, InspectionStatus.CLOSED),
                Arguments.of(InspectionStatus.FOLLOW_UP, Step.FOLLOW_UP, null),
                Arguments.of(InspectionStatus.FOLLOW_UP, Step.CONCLUDE, null),
                Arguments.of(InspectionStatus.FOLLOW_UP, Step.CLOSE, InspectionStatus.CLOSED),
                Arguments.of(InspectionStatus.CLOSED, Step.TEAM, null),
                Arguments.of(InspectionStatus.CLOSED, Step.START, null),
                Arguments.of(InspectionStatus.CLOSED, Step.FOLLOW_UP, null),
                Arguments.of(InspectionStatus.CLOSED, Step.CLOSE, null));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("table")
    void eachStepIsLegalOnlyFromItsStates(InspectionStatus from, Step step, InspectionStatus to) {
        Inspection inspection = in(from, InspectionType.THEMATIC);
        if (to == null) {
            IllegalTransitionException refused =
                    assertThrows(IllegalTransitionException.class, () -> step.run.accept(inspection));
            assertThat(refused.getMessage(), containsString(from.name()));
            assertThat(inspection.status(), equalTo(from));
        } else {
            step.run.accept(inspection);
            assertThat(inspection.status(), equalTo(to));
        }
    }

    @Test
    void aSurpriseInspectionIsSealedUntilItStartsAndItsStartIsItsFirstEvent() {
        Inspection inspection = in(InspectionStatus.DECIDED, InspectionType.SURPRISE);
        assertThat(inspection.sealed(), equalTo(true));
        assertThat(inspection.visibleToNonLeads(), equalTo(false));
        InspectionStarted started = inspection.start(TODAY, NOW);
        assertThat(inspection.sealed(), equalTo(false));
        assertThat(started.type(), equalTo("SURPRISE"));
        assertThat(started.decisionNumber(), equalTo("QD-1"));
    }

    @Test
    void anAnnouncedInspectionIsNeverSealed() {
        assertThat(in(InspectionStatus.DRAFT, InspectionType.THEMATIC).sealed(), equalTo(false));
        assertThat(in(InspectionStatus.DRAFT, InspectionType.TARGETED).sealed(), equalTo(false));
    }

    @Test
    void theSealOpensEarlyOnlyWithAReasonAndOnlyOnce() {
        Inspection inspection = in(InspectionStatus.DECIDED, InspectionType.SURPRISE);
        assertThrows(RuleViolationException.class, () -> inspection.openSealEarly(" "));
        inspection.openSealEarly("The steering committee joins");
        assertThat(inspection.visibleToNonLeads(), equalTo(true));
        RuleViolationException again =
                assertThrows(RuleViolationException.class, () -> inspection.openSealEarly("again"));
        assertThat(again.code(), equalTo("not-sealed"));
    }

    @Test
    void theDecisionNeedsATeamAndTheBasisMustFitTheType() {
        Inspection draft = Inspection.propose(
                UUID.randomUUID(),
                InspectionType.THEMATIC,
                Basis.DIRECTIVE,
                "CT-1",
                unit(),
                List.of(),
                "scope",
                Schedule.planned(TODAY, 5),
                NOW);
        assertThat(
                assertThrows(RuleViolationException.class, () -> draft.decide("QD-1", NOW))
                        .code(),
                equalTo("team-required"));
        for (var misfit : List.of(
                List.of(InspectionType.THEMATIC, Basis.REPORT),
                List.of(InspectionType.SURPRISE, Basis.PLAN),
                List.of(InspectionType.TARGETED, Basis.RISK_DRAW))) {
            RuleViolationException refused = assertThrows(
                    RuleViolationException.class,
                    () -> Inspection.propose(
                            UUID.randomUUID(),
                            (InspectionType) misfit.get(0),
                            (Basis) misfit.get(1),
                            "ref",
                            unit(),
                            List.of(),
                            "scope",
                            Schedule.planned(TODAY, 5),
                            NOW));
            assertThat(refused.code(), equalTo("basis-does-not-fit"));
        }
    }

    @Test
    void anExtensionIsOnceAndAtMostTheDurationAndTheConclusionNamesTheReport() {
        Inspection inspection = Inspection.propose(
                UUID.randomUUID(),
                InspectionType.TARGETED,
                Basis.REPORT,
                "report-1",
                unit(),
                List.of(officer()),
                "scope",
                Schedule.planned(TODAY, 5),
                NOW);
        inspection.assignTeam(A_TEAM);
        inspection.decide("QD-2", NOW);
        inspection.start(TODAY, NOW);
        assertThat(
                assertThrows(RuleViolationException.class, () -> inspection.extend(6, "too long"))
                        .code(),
                equalTo("invalid-extension"));
        inspection.extend(5, "records on site");
        assertThat(inspection.schedule().lastDay(TODAY), equalTo(TODAY.plusDays(9)));
        assertThat(
                assertThrows(RuleViolationException.class, () -> inspection.extend(1, "again"))
                        .code(),
                equalTo("already-extended"));
        inspection.endFieldwork(TODAY.plusDays(9));
        InspectionConcluded concluded = inspection.conclude("Confirmed.", 2, NOW);
        assertThat(concluded.requestedByReportId(), equalTo("report-1"));
        assertThat(concluded.findings(), equalTo(2));
    }

    @Test
    void aTeamOfSeveralMembersReadsBackWithEveryoneInHisSeat() {
        Inspection inspection = in(InspectionStatus.DRAFT, InspectionType.THEMATIC);
        List<OfficerId> members = List.of(officer(), officer(), officer());
        Team team = new Team(officer(), officer(), members);
        inspection.assignTeam(team);
        Team read = inspection.team().orElseThrow();
        assertThat(read.lead(), equalTo(team.lead()));
        assertThat(read.deputy(), equalTo(team.deputy()));
        assertThat(new java.util.HashSet<>(read.members()), equalTo(new java.util.HashSet<>(members)));
        assertThat(inspection.onTeam(members.get(2)), equalTo(true));
        RuleViolationException twice =
                assertThrows(RuleViolationException.class, () -> new Team(team.lead(), null, List.of(team.lead())));
        assertThat(twice.code(), equalTo("team-duplicate"));
    }

    @Test
    void closingWaitsForEveryCorrectiveActionToBeVerified() {
        Inspection inspection = in(InspectionStatus.FOLLOW_UP, InspectionType.THEMATIC);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> inspection.close(2, NOW));
        assertThat(refused.code(), equalTo("actions-unsettled"));
    }

    /** An inspection brought to a state by its legal steps. */
    static Inspection in(InspectionStatus status, InspectionType type) {
        Basis basis = type == InspectionType.SURPRISE ? Basis.RISK_DRAW : Basis.DIRECTIVE;
        Inspection inspection = Inspection.propose(
                UUID.randomUUID(),
                type,
                basis,
                "ref-1",
                unit(),
                List.of(),
                "Conduct and badges",
                Schedule.planned(TODAY, 5),
                NOW);
        inspection.assignTeam(A_TEAM);
        List<Step> path =
                List.of(Step.DECIDE, Step.START, Step.END_FIELDWORK, Step.CONCLUDE, Step.FOLLOW_UP, Step.CLOSE);
        List<InspectionStatus> reached = List.of(
                InspectionStatus.DECIDED,
                InspectionStatus.IN_PROGRESS,
                InspectionStatus.FIELDWORK_ENDED,
                InspectionStatus.CONCLUDED,
                InspectionStatus.FOLLOW_UP,
                InspectionStatus.CLOSED);
        for (int i = 0; inspection.status() != status; i++) {
            path.get(i).run.accept(inspection);
            assertThat(inspection.status(), equalTo(reached.get(i)));
        }
        return inspection;
    }

    static OfficerId officer() {
        return new OfficerId(UUID.randomUUID());
    }

    static UnitCode unit() {
        return new UnitCode("HUU_NGHI");
    }
}
