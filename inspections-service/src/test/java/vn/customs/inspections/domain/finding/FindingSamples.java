package vn.customs.inspections.domain.finding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.customs.inspections.domain.staffing.UnitHeads;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** Findings and actions for the domain tests: a gate whose head changed on 1 June 2026. */
final class FindingSamples {

    static final UnitCode GATE = new UnitCode("HUU_NGHI");
    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    static final Instant NOW = Instant.parse("2026-09-01T03:00:00Z");
    static final OfficerId HEAD_A = new OfficerId(UUID.fromString("00000000-0000-7000-8000-00000000000a"));
    static final OfficerId HEAD_B = new OfficerId(UUID.fromString("00000000-0000-7000-8000-00000000000b"));
    static final OfficerId OFFICER = new OfficerId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    static final OfficerId OWNER = new OfficerId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
    static final OfficerId LEAD = new OfficerId(UUID.fromString("00000000-0000-7000-8000-000000000003"));

    /** A held the post from 2025-01-01, B from 2026-06-01; nobody before 2025. */
    static final UnitHeads HEADS = (unit, day) -> {
        if (!unit.equals(GATE) || day.isBefore(LocalDate.of(2025, 1, 1))) {
            return Optional.empty();
        }
        return Optional.of(day.isBefore(LocalDate.of(2026, 6, 1)) ? HEAD_A : HEAD_B);
    };

    private FindingSamples() {}

    static Finding.Facts facts(Severity severity, LocalDate violation) {
        return new Finding.Facts(
                FindingCategory.NAME_BADGE, severity, OFFICER, violation, "No name badge at counter 2.", null);
    }

    static Finding.Recorded record(Finding.Facts facts) {
        return Finding.record(UUID.randomUUID(), UUID.randomUUID(), GATE, facts, HEADS, "inspector-1", TODAY, NOW);
    }

    static Finding corrective() {
        return record(facts(Severity.CORRECTIVE, LocalDate.of(2026, 3, 10))).finding();
    }

    /** An action due on {@link #TODAY}, owned by {@link #OWNER}. */
    static CorrectiveAction action() {
        return corrective()
                .orderAction(
                        UUID.randomUUID(), "Issue name badges to every officer on shift.", OWNER, TODAY, TODAY, NOW);
    }

    /** An action brought to {@code status} through its own transitions. */
    static CorrectiveAction in(CorrectiveActionStatus status) {
        CorrectiveAction action = action();
        switch (status) {
            case OPEN -> {}
            case IN_PROGRESS -> action.start(OWNER, false, NOW);
            case OVERDUE -> action.markOverdue(TODAY.plusDays(1), NOW);
            case DONE -> {
                action.start(OWNER, false, NOW);
                action.complete(OWNER, false, TODAY, NOW);
            }
            case VERIFIED -> {
                action.start(OWNER, false, NOW);
                action.complete(OWNER, false, TODAY, NOW);
                action.verify(LEAD, "lead-1", NOW);
            }
        }
        return action;
    }
}
