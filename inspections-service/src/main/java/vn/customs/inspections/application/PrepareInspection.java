package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.Team;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.time.Today;

/**
 * Readies an inspection before it starts: its team, its schedule, the decision, and (rarely) the early opening of a
 * surprise inspection's seal. While sealed, every step is audited out of the chain and publishes nothing.
 */
@ApplicationScoped
public class PrepareInspection {

    private final InspectionAccess access;
    private final TeamCheck teams;
    private final Today today;

    PrepareInspection(InspectionAccess access, TeamCheck teams, Today today) {
        this.access = access;
        this.teams = teams;
        this.today = today;
    }

    /** Seats a team; every officer is screened for conflicts with the target unit, and each refusal explained. */
    @Transactional
    public Inspection assignTeam(UUID id, ExpectedVersion expected, Team team) {
        Inspection inspection = access.forUpdate(id, expected);
        teams.requireNoConflict(inspection, team);
        inspection.assignTeam(team);
        access.audit(inspection, "assign-team", Map.of("team", team.everyone()));
        return inspection;
    }

    @Transactional
    public Inspection reschedule(UUID id, ExpectedVersion expected, LocalDate plannedStart, int durationDays) {
        Inspection inspection = access.forUpdate(id, expected);
        inspection.reschedule(plannedStart, durationDays);
        access.audit(
                inspection,
                "reschedule-inspection",
                Map.of("plannedStart", plannedStart, "durationDays", durationDays));
        return inspection;
    }

    @Transactional
    public Inspection decide(UUID id, ExpectedVersion expected, String decisionNumber) {
        Inspection inspection = access.forUpdate(id, expected);
        teams.requireNoConflict(inspection, inspection.team().orElse(null));
        inspection.decide(decisionNumber, today.now());
        access.audit(inspection, "decide-inspection", Map.of("decisionNumber", decisionNumber));
        return inspection;
    }

    /** Opens the seal before the start: the withheld entries join the audit chain, then this decision. */
    @Transactional
    public Inspection openSealEarly(UUID id, ExpectedVersion expected, String reason) {
        Inspection inspection = access.forUpdate(id, expected);
        inspection.openSealEarly(reason);
        access.sealOpened(inspection);
        access.audit(inspection, "open-seal-early", Map.of("reason", reason));
        return inspection;
    }
}
