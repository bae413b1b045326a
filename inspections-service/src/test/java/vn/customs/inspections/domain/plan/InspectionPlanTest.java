package vn.customs.inspections.domain.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;

/** The plan's rules, each shown holding and broken, without Quarkus. */
class InspectionPlanTest {

    private static final Instant NOW = Instant.parse("2025-12-15T02:30:00Z");
    private static final String DRAFTER = "lead-a";
    private static final String SECOND = "lead-b";

    @ParameterizedTest(name = "year {0} quarter {1}: {2} to {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2026, -, 2026-01-01, 2026-12-31, 2026",
                "2026, 1, 2026-01-01, 2026-03-31, 2026-Q1",
                "2026, 2, 2026-04-01, 2026-06-30, 2026-Q2",
                "2026, 3, 2026-07-01, 2026-09-30, 2026-Q3",
                "2026, 4, 2026-10-01, 2026-12-31, 2026-Q4",
                "2028, 1, 2028-01-01, 2028-03-31, 2028-Q1",
                "2000, -, 2000-01-01, 2000-12-31, 2000",
                "2100, 4, 2100-10-01, 2100-12-31, 2100-Q4"
            })
    void aPeriodIsAYearOrOneOfItsQuarters(int year, Integer quarter, LocalDate first, LocalDate last, String label) {
        PlanPeriod period = new PlanPeriod(year, quarter);

        assertThat(period.first(), equalTo(first));
        assertThat(period.last(), equalTo(last));
        assertThat(period.label(), equalTo(label));
        assertThat(period.contains(first), is(true));
        assertThat(period.contains(last), is(true));
        assertThat(period.contains(first.minusDays(1)), is(false));
        assertThat(period.contains(last.plusDays(1)), is(false));
    }

    @ParameterizedTest(name = "year {0} quarter {1} is refused")
    @CsvSource(
            nullValues = "-",
            value = {"1999, -", "2101, -", "2026, 0", "2026, 5", "2026, -1", "0, 1"})
    void aPeriodOutsideItsBoundsIsRefused(int year, Integer quarter) {
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> new PlanPeriod(year, quarter));
        assertThat(refused.code(), equalTo("invalid-period"));
    }

    @ParameterizedTest(name = "planned start {1} in {0}: accepted {2}")
    @CsvSource(
            value = {
                "2026-Q1, 2026-01-01, true",
                "2026-Q1, 2026-03-31, true",
                "2026-Q1, 2025-12-31, false",
                "2026-Q1, 2026-04-01, false",
                "2026-Q4, 2026-10-01, true",
                "2026-Q4, 2027-01-01, false",
                "2026, 2026-01-01, true",
                "2026, 2026-12-31, true",
                "2026, 2027-01-01, false",
                "2026, 2025-12-31, false"
            })
    void anEntryStartsInsideThePlansPeriod(String period, LocalDate start, boolean accepted) {
        InspectionPlan plan = InspectionPlan.draft(UUID.randomUUID(), period(period), "Plan", List.of(), DRAFTER, NOW);
        PlanEntry entry = entry("HUU_NGHI", start);

        if (accepted) {
            plan.addEntry(entry);
            assertThat(plan.entries(), contains(entry));
        } else {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> plan.addEntry(entry));
            assertThat(refused.code(), equalTo("start-outside-period"));
            assertThat(plan.entries(), empty());
        }
    }

    @Test
    void theFirstEntriesAreCheckedAsAddedOnes() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> InspectionPlan.draft(
                        UUID.randomUUID(),
                        PlanPeriod.quarter(2026, 1),
                        "Plan",
                        List.of(
                                entry("HUU_NGHI", LocalDate.parse("2026-02-02")),
                                entry("CHI_MA", LocalDate.parse("2026-05-02"))),
                        DRAFTER,
                        NOW));
        assertThat(refused.code(), equalTo("start-outside-period"));
    }

    @ParameterizedTest(name = "theme {0}, scope ''{1}'', {2} days: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "CONDUCT, -, 5, ok",
                "UNIFORM_AND_BADGE, -, 1, ok",
                "PROCEDURE, Clearance of fresh fruit, 45, ok",
                "-, Queue management at the passenger hall, 3, ok",
                "OTHER, Queue management at the passenger hall, 3, ok",
                "OTHER, -, 3, scope-required",
                "-, -, 3, theme-or-scope",
                "-, '   ', 3, theme-or-scope",
                "DELAY, -, 0, invalid-duration",
                "DELAY, -, 46, invalid-duration"
            })
    void anEntryNamesAThemeOrAScopeAndLastsOneTo45Days(PlanTheme theme, String scope, int days, String outcome) {
        if (outcome.equals("ok")) {
            PlanEntry entry = new PlanEntry(
                    UUID.randomUUID(), new UnitCode("HUU_NGHI"), theme, scope, LocalDate.parse("2026-02-02"), days);
            assertThat(entry.inspectionScope(), equalTo(scope != null ? scope : theme.defaultScope()));
            assertThat(entry.schedule().durationDays(), equalTo(days));
        } else {
            RuleViolationException refused = assertThrows(
                    RuleViolationException.class,
                    () -> new PlanEntry(
                            UUID.randomUUID(),
                            new UnitCode("HUU_NGHI"),
                            theme,
                            scope,
                            LocalDate.parse("2026-02-02"),
                            days));
            assertThat(refused.code(), equalTo(outcome));
        }
    }

    @Test
    void aScopeHasAtMost2000Characters() {
        PlanEntry longest = new PlanEntry(
                UUID.randomUUID(), new UnitCode("HUU_NGHI"), null, "x".repeat(2000), LocalDate.parse("2026-02-02"), 5);
        assertThat(longest.scope().length(), equalTo(2000));

        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> new PlanEntry(
                        UUID.randomUUID(),
                        new UnitCode("HUU_NGHI"),
                        null,
                        "x".repeat(2001),
                        LocalDate.parse("2026-02-02"),
                        5));
        assertThat(refused.code(), equalTo("scope-too-long"));
    }

    @Test
    void fourEyesTheDrafterCannotApprove() {
        InspectionPlan plan = planWithOneEntry();

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> plan.approve(DRAFTER, NOW));

        assertThat(refused.code(), equalTo("four-eyes"));
        assertThat(plan.status(), equalTo(PlanStatus.DRAFT));
        assertThat(plan.approvedBy().isPresent(), is(false));
    }

    @Test
    void aSecondLeadApprovesAndEveryEntryIsToBeProposed() {
        InspectionPlan plan = planWithOneEntry();
        PlanEntry second = entry("CHI_MA", LocalDate.parse("2026-01-19"));
        plan.addEntry(second);

        PlanApproved approved = plan.approve(SECOND, NOW.plusSeconds(60));

        assertThat(plan.status(), equalTo(PlanStatus.APPROVED));
        assertThat(plan.approvedBy().orElseThrow(), equalTo(SECOND));
        assertThat(plan.approvedAt().orElseThrow(), equalTo(NOW.plusSeconds(60)));
        assertThat(approved.planId(), equalTo(plan.id()));
        assertThat(approved.basisReference(), equalTo(plan.id().toString()));
        assertThat(approved.entries(), equalTo(plan.entries()));
        assertThat(approved.entries().get(0), equalTo(second)); // by planned start
    }

    @Test
    void anEmptyPlanIsNotApproved() {
        InspectionPlan plan =
                InspectionPlan.draft(UUID.randomUUID(), PlanPeriod.quarter(2026, 1), "Plan", List.of(), DRAFTER, NOW);

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> plan.approve(SECOND, NOW));

        assertThat(refused.code(), equalTo("plan-empty"));
    }

    /** Each (state, transition) pair: what a DRAFT allows, an APPROVED plan refuses with 409. */
    @ParameterizedTest(name = "{0} in {1}: allowed {2}")
    @CsvSource({
        "add an entry, DRAFT, true",
        "remove an entry, DRAFT, true",
        "approve, DRAFT, true",
        "add an entry, APPROVED, false",
        "remove an entry, APPROVED, false",
        "approve, APPROVED, false"
    })
    void nothingChangesAfterApproval(String transition, PlanStatus state, boolean allowed) {
        InspectionPlan plan = planWithOneEntry();
        UUID entryId = plan.entries().get(0).id();
        if (state == PlanStatus.APPROVED) {
            plan.approve(SECOND, NOW);
        }
        Consumer<InspectionPlan> act = switch (transition) {
            case "add an entry" -> p -> p.addEntry(entry("TAN_THANH", LocalDate.parse("2026-03-02")));
            case "remove an entry" -> p -> p.removeEntry(entryId);
            case "approve" -> p -> p.approve("lead-c", NOW);
            default -> throw new IllegalArgumentException(transition);
        };
        List<PlanEntry> before = plan.entries();

        if (allowed) {
            act.accept(plan);
        } else {
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> act.accept(plan));
            assertThat(refused.getMessage(), containsString("APPROVED"));
            assertThat(plan.entries(), equalTo(before));
            assertThat(plan.approvedBy().orElseThrow(), equalTo(SECOND));
        }
    }

    @Test
    void anEntryThePlanDoesNotHoldIsNotFound() {
        InspectionPlan plan = planWithOneEntry();

        assertThrows(UnknownObjectException.class, () -> plan.removeEntry(UUID.randomUUID()));
        assertThat(plan.entries().size(), equalTo(1));
    }

    @Test
    void aPlanHasATitleOfAtMost200Characters() {
        assertThat(
                assertThrows(
                                RuleViolationException.class,
                                () -> InspectionPlan.draft(
                                        UUID.randomUUID(), PlanPeriod.year(2026), " ", List.of(), DRAFTER, NOW))
                        .code(),
                equalTo("title-required"));
        assertThat(
                assertThrows(
                                RuleViolationException.class,
                                () -> InspectionPlan.draft(
                                        UUID.randomUUID(),
                                        PlanPeriod.year(2026),
                                        "t".repeat(201),
                                        List.of(),
                                        DRAFTER,
                                        NOW))
                        .code(),
                equalTo("title-too-long"));
    }

    @Test
    void theStatusTableAllowsOnlyDraftToApproved() {
        for (PlanStatus from : PlanStatus.values()) {
            for (PlanStatus to : PlanStatus.values()) {
                boolean expected = from == PlanStatus.DRAFT && to == PlanStatus.APPROVED;
                assertThat(from + " -> " + to, from.canMoveTo(to), is(expected));
            }
            assertThat(from.editable(), is(from == PlanStatus.DRAFT));
        }
    }

    private static InspectionPlan planWithOneEntry() {
        return InspectionPlan.draft(
                UUID.randomUUID(),
                PlanPeriod.quarter(2026, 1),
                "Thematic inspections, Q1",
                List.of(entry("HUU_NGHI", LocalDate.parse("2026-02-02"))),
                DRAFTER,
                NOW);
    }

    private static PlanEntry entry(String unit, LocalDate start) {
        return new PlanEntry(UUID.randomUUID(), new UnitCode(unit), PlanTheme.UNIFORM_AND_BADGE, null, start, 5);
    }

    private static PlanPeriod period(String label) {
        return label.contains("-Q")
                ? PlanPeriod.quarter(Integer.parseInt(label.substring(0, 4)), label.charAt(6) - '0')
                : PlanPeriod.year(Integer.parseInt(label));
    }
}
