package vn.customs.inspections.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.inspections.application.FindingQueries;
import vn.customs.inspections.domain.finding.CorrectiveAction;
import vn.customs.inspections.domain.finding.CorrectiveActionStatus;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.inspections.domain.finding.FindingCategory;
import vn.customs.inspections.domain.finding.Severity;
import vn.customs.platform.domain.OfficerId;

/** The bodies and views of findings and corrective actions. */
public final class FindingViews {

    private FindingViews() {}

    /** A finding as an inspector writes it down; the unit is the inspection's. */
    public record NewFinding(
            @NotNull FindingCategory category,
            @NotNull Severity severity,

            @Schema(description = "The officer the finding is about, if one is named")
            UUID officerId,

            @NotNull @Schema(description = "The day of the violation: not after today")
            LocalDate violationDate,

            @NotBlank @Size(max = Finding.MAX_EVIDENCE) String evidence,

            @Schema(description = "The declaration the finding is about, if any")
            UUID declarationId) {

        Finding.Facts facts() {
            return new Finding.Facts(
                    category,
                    severity,
                    officerId == null ? null : new OfficerId(officerId),
                    violationDate,
                    evidence,
                    declarationId);
        }
    }

    /** A corrective action ordered by a finding of severity CORRECTIVE or above. */
    public record NewCorrectiveAction(
            @NotBlank @Size(max = CorrectiveAction.MAX_DESCRIPTION)
            String description,

            @NotNull @Schema(description = "The officer who answers for the action")
            UUID ownerOfficerId,

            @NotNull @Schema(description = "The last day to complete it: today or later")
            LocalDate dueDate) {}

    /** A corrective action. */
    public record ActionView(
            UUID id,
            UUID findingId,
            UUID inspectionId,
            String unitCode,

            @Schema(maxLength = CorrectiveAction.MAX_DESCRIPTION)
            String description,

            UUID ownerOfficerId,
            LocalDate dueDate,
            CorrectiveActionStatus status,
            Instant orderedAt,
            Instant startedAt,
            Instant completedAt,
            boolean completedLate,
            LocalDate overdueOn,
            @Schema(maxLength = Finding.MAX_RECORDED_BY) String verifiedBy,
            Instant verifiedAt,
            long version) {

        static ActionView of(CorrectiveAction action) {
            return new ActionView(
                    action.id(),
                    action.findingId(),
                    action.inspectionId(),
                    action.unitCode().value(),
                    action.description(),
                    action.owner().value(),
                    action.dueDate(),
                    action.status(),
                    action.orderedAt(),
                    action.startedAt().orElse(null),
                    action.completedAt().orElse(null),
                    action.completedLate(),
                    action.overdueOn().orElse(null),
                    action.verifiedBy().orElse(null),
                    action.verifiedAt().orElse(null),
                    action.version());
        }
    }

    /** A finding, with the accountable head and, when read alone, its corrective actions. */
    public record FindingView(
            UUID id,
            UUID inspectionId,
            String unitCode,
            FindingCategory category,
            Severity severity,
            UUID officerId,
            LocalDate violationDate,
            @Schema(maxLength = Finding.MAX_EVIDENCE) String evidence,
            UUID declarationId,

            @Schema(description = "The unit's head on the violation date; null below CORRECTIVE or while vacant")
            UUID accountableHeadOfficerId,

            @Schema(maxLength = Finding.MAX_RECORDED_BY) String recordedBy,
            Instant recordedAt,
            @Schema(maxItems = 1000) List<ActionView> correctiveActions,
            long version) {

        static FindingView of(Finding finding, List<CorrectiveAction> actions) {
            return new FindingView(
                    finding.id(),
                    finding.inspectionId(),
                    finding.unitCode().value(),
                    finding.category(),
                    finding.severity(),
                    finding.officer().map(OfficerId::value).orElse(null),
                    finding.violationDate(),
                    finding.evidence(),
                    finding.declarationId().orElse(null),
                    finding.accountableHead().map(OfficerId::value).orElse(null),
                    finding.recordedBy(),
                    finding.recordedAt(),
                    actions.stream().map(ActionView::of).toList(),
                    finding.version());
        }

        static FindingView of(FindingQueries.FindingWithActions read) {
            return of(read.finding(), read.actions());
        }
    }
}
