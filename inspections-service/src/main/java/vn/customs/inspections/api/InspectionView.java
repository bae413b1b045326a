package vn.customs.inspections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionStatus;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.inspection.Milestones;
import vn.customs.inspections.domain.inspection.Team;
import vn.customs.platform.domain.OfficerId;

/** An inspection as its readers see it (a sealed one is seen by leads only). */
public record InspectionView(
        UUID id,
        InspectionType type,
        Basis basis,
        String basisReference,
        String decisionNumber,
        String unitCode,
        List<UUID> targetOfficerIds,
        String scope,
        LocalDate plannedStart,
        int durationDays,
        int extensionDays,
        String extensionReason,
        InspectionStatus status,
        boolean sealed,
        String sealOpenedReason,
        TeamView team,
        Instant createdAt,
        Instant decidedAt,
        LocalDate startedOn,
        LocalDate lastFieldworkDay,
        LocalDate fieldworkEndedOn,
        Instant concludedAt,
        String conclusion,
        Instant closedAt,
        long version) {

    /** The team's seats. */
    public record TeamView(UUID leadOfficerId, UUID deputyOfficerId, List<UUID> memberOfficerIds) {

        static TeamView of(Team team) {
            return new TeamView(
                    team.lead().value(),
                    team.deputy() == null ? null : team.deputy().value(),
                    team.members().stream().map(OfficerId::value).toList());
        }
    }

    static InspectionView of(Inspection inspection) {
        Milestones at = inspection.milestones();
        return new InspectionView(
                inspection.id(),
                inspection.type(),
                inspection.basis(),
                inspection.basisReference(),
                inspection.decisionNumber().orElse(null),
                inspection.unitCode().value(),
                inspection.targetOfficers().stream().map(OfficerId::value).toList(),
                inspection.scope(),
                inspection.schedule().plannedStart(),
                inspection.schedule().durationDays(),
                inspection.schedule().extensionDays(),
                inspection.schedule().extensionReason(),
                inspection.status(),
                inspection.sealed(),
                inspection.sealOpenedReason().orElse(null),
                inspection.team().map(TeamView::of).orElse(null),
                at.createdAt(),
                at.decidedAt(),
                at.startedOn(),
                at.startedOn() == null ? null : inspection.schedule().lastDay(at.startedOn()),
                at.fieldworkEndedOn(),
                at.concludedAt(),
                inspection.conclusion().orElse(null),
                at.closedAt(),
                inspection.version());
    }
}
