package vn.customs.staffing.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationKind;
import vn.customs.staffing.domain.assets.AssetDeclarationStatus;
import vn.customs.staffing.domain.assets.AssetThreshold;
import vn.customs.staffing.domain.discipline.CaseOrigin;
import vn.customs.staffing.domain.discipline.CaseOutcome;
import vn.customs.staffing.domain.discipline.DisciplineCase;
import vn.customs.staffing.domain.rotation.PlanEntry;
import vn.customs.staffing.domain.rotation.PlanStatus;
import vn.customs.staffing.domain.rotation.RotationPlan;
import vn.customs.staffing.domain.rotation.Tenure;

/** Every (state, transition) pair of the plan, the asset declaration and the discipline case, allowed or not. */
class TransitionsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final UUID POST_A = UUID.randomUUID();
    private static final UUID POST_B = UUID.randomUUID();

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
        "DRAFT,optimized,OPTIMIZED",
        "DRAFT,pin,DRAFT",
        "DRAFT,resolve,DRAFT",
        "DRAFT,approve,refused",
        "DRAFT,execute,refused",
        "OPTIMIZED,optimized,OPTIMIZED",
        "OPTIMIZED,pin,DRAFT",
        "OPTIMIZED,resolve,DRAFT",
        "OPTIMIZED,approve,APPROVED",
        "OPTIMIZED,execute,refused",
        "APPROVED,optimized,APPROVED",
        "APPROVED,pin,refused",
        "APPROVED,resolve,refused",
        "APPROVED,approve,refused",
        "APPROVED,execute,EXECUTED",
        "EXECUTED,optimized,EXECUTED",
        "EXECUTED,pin,refused",
        "EXECUTED,resolve,refused",
        "EXECUTED,approve,refused",
        "EXECUTED,execute,refused",
    })
    void rotationPlanTransitions(PlanStatus from, String transition, String to) {
        RotationPlan plan = planIn(from);
        Consumer<RotationPlan> step = planStep(transition);
        if (to.equals("refused")) {
            assertThrows(IllegalTransitionException.class, () -> step.accept(plan));
            assertEquals(from, plan.status());
        } else {
            step.accept(plan);
            assertEquals(PlanStatus.valueOf(to), plan.status());
        }
    }

    @Test
    void aProposalForAnOlderSolveRoundIsDropped() {
        RotationPlan plan = planIn(PlanStatus.DRAFT);
        int round = plan.solveRound();
        plan.pin(UUID.randomUUID(), POST_B);
        assertFalse(plan.optimized(round, List.of(), "0hard/0soft", true, 5, NOW));
        assertEquals(PlanStatus.DRAFT, plan.status());
        assertTrue(plan.optimized(plan.solveRound(), List.of(), "0hard/0soft", true, 5, NOW));
    }

    @Test
    void fourEyesAndFeasibilityGuardApproval() {
        RotationPlan plan = planIn(PlanStatus.OPTIMIZED);
        RuleViolationException samePerson =
                assertThrows(RuleViolationException.class, () -> plan.approve("clerk", NOW));
        assertEquals("four-eyes", samePerson.code());
        RotationPlan infeasible = RotationPlan.draft(
                UUID.randomUUID(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), List.of(), 5, "clerk", NOW);
        infeasible.optimized(infeasible.solveRound(), List.of(), "-1hard/0soft", false, 5, NOW);
        assertEquals(
                "plan-infeasible",
                assertThrows(RuleViolationException.class, () -> infeasible.approve("head", NOW))
                        .code());
    }

    @Test
    void executionReturnsOnlyTheMoves() {
        RotationPlan plan = planIn(PlanStatus.APPROVED);
        List<PlanEntry> moves = plan.execute("9/QĐ", NOW);
        assertEquals(1, moves.size());
        assertEquals(POST_B, moves.get(0).toPostId());
        assertEquals("9/QĐ", plan.decisionNumber());
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
        "SUBMITTED,publicize,PUBLICIZED", "SUBMITTED,verify,refused", "SUBMITTED,query,refused",
        "PUBLICIZED,publicize,refused", "PUBLICIZED,verify,VERIFIED", "PUBLICIZED,query,QUERIED",
        "VERIFIED,publicize,refused", "VERIFIED,verify,refused", "VERIFIED,query,refused",
        "QUERIED,publicize,refused", "QUERIED,verify,refused", "QUERIED,query,refused",
    })
    void assetDeclarationTransitions(AssetDeclarationStatus from, String transition, String to) {
        AssetDeclaration declaration = declarationIn(from);
        Consumer<AssetDeclaration> step = declarationStep(transition);
        if (to.equals("refused")) {
            assertThrows(IllegalTransitionException.class, () -> step.accept(declaration));
            assertEquals(from, declaration.status());
        } else {
            step.accept(declaration);
            assertEquals(AssetDeclarationStatus.valueOf(to), declaration.status());
        }
    }

    @Test
    void thresholdsAreVersionedByDate() {
        assertEquals(
                new BigDecimal("300000000"),
                AssetThreshold.on(LocalDate.of(2026, 6, 30)).yearlyRise().amount());
        assertEquals(
                new BigDecimal("1000000000"),
                AssetThreshold.on(LocalDate.of(2026, 7, 1)).yearlyRise().amount());
        assertEquals(
                new BigDecimal("150000000"),
                AssetThreshold.on(LocalDate.of(2027, 1, 1)).perAsset().amount());
        // a 500 million rise owes a supplementary declaration under the old threshold, not under the new one
        assertDoesNotThrow(() -> supplementary(new BigDecimal("500000000"), LocalDate.of(2026, 6, 30)));
        assertEquals(
                "below-threshold",
                assertThrows(
                                RuleViolationException.class,
                                () -> supplementary(new BigDecimal("500000000"), LocalDate.of(2026, 7, 1)))
                        .code());
    }

    @Test
    void anAnnualDeclarationIsOnTimeUntilTheLastDayOfTheYear() {
        assertTrue(AssetDeclaration.file(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        AssetDeclarationKind.ANNUAL,
                        2025,
                        BigDecimal.ONE,
                        BigDecimal.ZERO,
                        LocalDate.of(2025, 12, 31))
                .onTime());
        assertFalse(AssetDeclaration.file(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        AssetDeclarationKind.ANNUAL,
                        2025,
                        BigDecimal.ONE,
                        BigDecimal.ZERO,
                        LocalDate.of(2026, 1, 1))
                .onTime());
    }

    @ParameterizedTest(name = "{0} --close--> {1}")
    @CsvSource({"OPEN,CLOSED", "CLOSED,refused"})
    void disciplineCaseTransitions(String from, String to) {
        DisciplineCase opened = DisciplineCase.open(
                UUID.randomUUID(),
                UUID.randomUUID(),
                CaseOrigin.MANUAL,
                null,
                "Reason",
                "HUU_NGHI",
                null,
                null,
                true,
                NOW);
        if (from.equals("CLOSED")) {
            opened.close(CaseOutcome.WARNING, false, NOW);
        }
        if (to.equals("refused")) {
            assertThrows(IllegalTransitionException.class, () -> opened.close(CaseOutcome.REPRIMAND, false, NOW));
        } else {
            assertEquals(
                    "REPRIMAND", opened.close(CaseOutcome.REPRIMAND, true, NOW).outcome());
            assertFalse(opened.suspended());
        }
    }

    @Test
    void tenureIsDueWithinTheWarningWindowAndOverdueAfterTheRotationDate() {
        Tenure tenure = new Tenure(LocalDate.of(2023, 1, 1), 36);
        assertEquals(LocalDate.of(2026, 1, 1), tenure.rotationDate());
        assertEquals(Tenure.Standing.NOT_DUE, tenure.standingOn(LocalDate.of(2025, 10, 2), 90));
        assertEquals(Tenure.Standing.DUE, tenure.standingOn(LocalDate.of(2025, 10, 3), 90));
        assertEquals(Tenure.Standing.DUE, tenure.standingOn(LocalDate.of(2026, 1, 1), 90));
        assertEquals(Tenure.Standing.OVERDUE, tenure.standingOn(LocalDate.of(2026, 1, 2), 90));
        assertTrue(tenure.completeBy(LocalDate.of(2026, 1, 1)));
        assertFalse(tenure.completeBy(LocalDate.of(2025, 12, 31)));
    }

    private static void supplementary(BigDecimal rise, LocalDate on) {
        AssetDeclaration.file(
                UUID.randomUUID(),
                UUID.randomUUID(),
                AssetDeclarationKind.SUPPLEMENTARY,
                on.getYear(),
                BigDecimal.TEN,
                rise,
                on);
    }

    private static RotationPlan planIn(PlanStatus status) {
        RotationPlan plan = RotationPlan.draft(
                UUID.randomUUID(),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                List.of("HUU_NGHI"),
                5,
                "clerk",
                NOW);
        if (status == PlanStatus.DRAFT) {
            return plan;
        }
        plan.optimized(
                plan.solveRound(),
                List.of(
                        new PlanEntry(
                                new OfficerId(UUID.randomUUID()),
                                "Trần Văn Bình",
                                POST_A,
                                POST_B,
                                true,
                                false,
                                "Tenure reached"),
                        new PlanEntry(
                                new OfficerId(UUID.randomUUID()),
                                "Lê Thị Hoa",
                                POST_A,
                                POST_A,
                                false,
                                false,
                                "Not due for rotation")),
                "0hard/-1000soft",
                true,
                1200,
                NOW);
        if (status == PlanStatus.OPTIMIZED) {
            return plan;
        }
        plan.approve("head", NOW);
        if (status == PlanStatus.APPROVED) {
            return plan;
        }
        plan.execute("1/QĐ", NOW);
        return plan;
    }

    private static Consumer<RotationPlan> planStep(String transition) {
        switch (transition) {
            case "optimized":
                // a late proposal never changes a plan that is not being solved
                return plan -> plan.optimized(plan.solveRound(), List.of(), "0hard/0soft", true, 1, NOW);
            case "pin":
                return plan -> plan.pin(UUID.randomUUID(), POST_B);
            case "resolve":
                return RotationPlan::resolve;
            case "approve":
                return plan -> plan.approve("head-of-personnel", NOW);
            case "execute":
                return plan -> plan.execute("2/QĐ", NOW);
            default:
                throw new IllegalArgumentException(transition);
        }
    }

    private static AssetDeclaration declarationIn(AssetDeclarationStatus status) {
        AssetDeclaration declaration = AssetDeclaration.file(
                UUID.randomUUID(),
                UUID.randomUUID(),
                AssetDeclarationKind.ANNUAL,
                2025,
                new BigDecimal("1000"),
                BigDecimal.ZERO,
                LocalDate.of(2025, 12, 1));
        switch (status) {
            case SUBMITTED:
                break;
            case PUBLICIZED:
                declaration.publicize();
                break;
            case VERIFIED:
                declaration.publicize();
                declaration.verify();
                break;
            case QUERIED:
                declaration.publicize();
                declaration.query("Explain the new car");
                break;
        }
        return declaration;
    }

    private static Consumer<AssetDeclaration> declarationStep(String transition) {
        switch (transition) {
            case "publicize":
                return AssetDeclaration::publicize;
            case "verify":
                return AssetDeclaration::verify;
            case "query":
                return declaration -> declaration.query("Why?");
            default:
                throw new IllegalArgumentException(transition);
        }
    }
}
