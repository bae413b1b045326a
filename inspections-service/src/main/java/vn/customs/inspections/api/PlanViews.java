package vn.customs.inspections.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.inspections.application.DraftInspectionPlan.EntryDraft;
import vn.customs.inspections.domain.inspection.Schedule;
import vn.customs.inspections.domain.plan.InspectionPlan;
import vn.customs.inspections.domain.plan.PlanEntry;
import vn.customs.inspections.domain.plan.PlanPeriod;
import vn.customs.inspections.domain.plan.PlanStatus;
import vn.customs.inspections.domain.plan.PlanTheme;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Bounds;

/** Request bodies and answers of the plans of thematic inspections. */
public final class PlanViews {

    private PlanViews() {}

    /** A new plan: a year, or a quarter of it, a title and maybe its first entries. */
    public record NewPlan(
            @NotNull @Min(PlanPeriod.FIRST_YEAR) @Max(PlanPeriod.LAST_YEAR)
            Integer year,

            @Schema(description = "1 to 4 for a quarterly plan; absent for the whole year") @Min(1) @Max(4)
            Integer quarter,

            @NotBlank @Size(max = InspectionPlan.MAX_TITLE) String title,

            @Size(max = InspectionPlan.MAX_ENTRIES) List<@Valid @NotNull NewEntry> entries) {

        PlanPeriod period() {
            return new PlanPeriod(year, quarter);
        }

        List<EntryDraft> drafts() {
            return entries == null
                    ? List.of()
                    : entries.stream().map(NewEntry::draft).toList();
        }
    }

    /** One thematic inspection of the plan: a theme, a free scope or both (OTHER needs the scope). */
    public record NewEntry(
            @NotNull @Size(min = 2, max = UnitCode.MAX_LENGTH) @Pattern(regexp = UnitCode.PATTERN)
            String unitCode,

            @Schema(description = "What the inspection looks at; absent when the scope says it")
            PlanTheme theme,

            @Schema(description = "A free scope; the theme's standard scope when absent")
            @Size(max = PlanEntry.MAX_SCOPE)
            String scope,

            @Schema(description = "A day inside the plan's period") @NotNull
            LocalDate plannedStart,

            @Min(1) @Max(Schedule.MAX_DAYS) int durationDays) {

        EntryDraft draft() {
            return new EntryDraft(new UnitCode(unitCode), theme, scope, plannedStart, durationDays);
        }
    }

    /** A plan as every reader sees it; {@code version} is its ETag. */
    public record PlanView(
            UUID id,

            @Schema(minimum = "" + PlanPeriod.FIRST_YEAR, maximum = "" + PlanPeriod.LAST_YEAR)
            int year,

            @Schema(description = "1 to 4; absent for a yearly plan", minimum = "1", maximum = "4")
            Integer quarter,

            @Schema(description = "2026 or 2026-Q1", maxLength = 7)
            String period,

            LocalDate firstDay,
            LocalDate lastDay,
            @Schema(maxLength = InspectionPlan.MAX_TITLE) String title,
            PlanStatus status,
            @Schema(maxLength = InspectionPlan.MAX_SUBJECT) String draftedBy,
            Instant draftedAt,
            @Schema(maxLength = InspectionPlan.MAX_SUBJECT) String approvedBy,
            Instant approvedAt,
            @Schema(maxItems = InspectionPlan.MAX_ENTRIES) List<EntryView> entries,

            @Schema(description = "The ETag's version", format = "int64", minimum = "0", maximum = Bounds.INT64_MAX)
            long version) {

        static PlanView of(InspectionPlan plan) {
            boolean approved = plan.status() == PlanStatus.APPROVED;
            return new PlanView(
                    plan.id(),
                    plan.period().year(),
                    plan.period().quarter(),
                    plan.period().label(),
                    plan.period().first(),
                    plan.period().last(),
                    plan.title(),
                    plan.status(),
                    plan.draftedBy(),
                    plan.draftedAt(),
                    plan.approvedBy().orElse(null),
                    plan.approvedAt().orElse(null),
                    plan.entries().stream()
                            .map(entry -> EntryView.of(entry, approved))
                            .toList(),
                    plan.version());
        }
    }

    /** An entry; once the plan is approved, {@code inspectionId} names the THEMATIC inspection it became. */
    public record EntryView(
            UUID id,
            @Schema(maxLength = UnitCode.MAX_LENGTH) String unitCode,
            PlanTheme theme,
            @Schema(maxLength = PlanEntry.MAX_SCOPE) String scope,
            LocalDate plannedStart,

            @Schema(minimum = "1", maximum = "" + Schedule.MAX_DAYS)
            int durationDays,

            UUID inspectionId) {

        static EntryView of(PlanEntry entry, boolean approved) {
            return new EntryView(
                    entry.id(),
                    entry.unitCode().value(),
                    entry.theme(),
                    entry.scope(),
                    entry.plannedStart(),
                    entry.durationDays(),
                    approved ? entry.id() : null);
        }
    }
}
