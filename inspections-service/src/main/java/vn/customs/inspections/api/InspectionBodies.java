package vn.customs.inspections.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.inspections.application.ProposeInspection;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.inspection.Schedule;
import vn.customs.inspections.domain.inspection.Team;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** Request bodies of the inspection endpoints. */
final class InspectionBodies {

    private InspectionBodies() {}

    /** A proposed inspection. */
    record NewInspection(
            @NotNull InspectionType type,
            @NotNull Basis basis,

            @Schema(description = "The plan, report or draw id, or the directive's number") @NotBlank @Size(max = 64)
            String basisReference,

            @NotNull @Size(min = 2, max = UnitCode.MAX_LENGTH) @Pattern(regexp = UnitCode.PATTERN)
            String unitCode,

            @Schema(description = "Officers the inspection is about, if any") @Size(max = 20)
            List<@NotNull UUID> targetOfficerIds,

            @NotBlank @Size(max = Inspection.MAX_TEXT) String scope,
            @NotNull LocalDate plannedStart,
            @Min(1) @Max(Schedule.MAX_DAYS) int durationDays) {

        ProposeInspection.Proposal toProposal() {
            return new ProposeInspection.Proposal(
                    type,
                    basis,
                    basisReference,
                    new UnitCode(unitCode),
                    targetOfficerIds == null
                            ? List.of()
                            : targetOfficerIds.stream().map(OfficerId::new).toList(),
                    scope,
                    Schedule.planned(plannedStart, durationDays));
        }
    }

    /** The team: a lead, an optional deputy, members. */
    record TeamBody(
            @NotNull UUID leadOfficerId,
            UUID deputyOfficerId,
            @Size(max = Team.MAX_SIZE - 2) List<@NotNull UUID> memberOfficerIds) {

        Team toTeam() {
            return new Team(
                    new OfficerId(leadOfficerId),
                    deputyOfficerId == null ? null : new OfficerId(deputyOfficerId),
                    memberOfficerIds == null
                            ? List.of()
                            : memberOfficerIds.stream().map(OfficerId::new).toList());
        }
    }

    /** A new planned start or duration. */
    record ScheduleBody(
            @NotNull LocalDate plannedStart,
            @Min(1) @Max(Schedule.MAX_DAYS) int durationDays) {}

    /** The decision to inspect. */
    record Decision(@NotBlank @Size(max = 40) String decisionNumber) {}

    /** An extension of the fieldwork. */
    record Extension(
            @Min(1) @Max(Schedule.MAX_DAYS) int days,
            @NotBlank @Size(max = Inspection.MAX_REASON) String reason) {}

    /** The conclusion. */
    record Conclusion(
            @NotBlank @Size(max = Inspection.MAX_CONCLUSION) String conclusion) {}

    /** Why a surprise inspection's seal is opened before it starts. */
    record SealOpening(
            @NotBlank @Size(max = Inspection.MAX_REASON) String reason) {}
}
