package vn.customs.inspections.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.Schedule;
import vn.customs.inspections.domain.inspection.Texts;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * One thematic inspection the plan foresees: the unit, a theme or a free scope (or both; OTHER needs the scope), the
 * planned start and the duration in days. On approval the entry becomes a proposed inspection with the entry's id.
 */
@Embeddable
public record PlanEntry(
        @Column(name = "entry_id") UUID id,
        UnitCode unitCode,
        @Enumerated(EnumType.STRING) PlanTheme theme,
        String scope,
        LocalDate plannedStart,
        int durationDays) {

    public static final int MAX_SCOPE = Inspection.MAX_TEXT;

    public PlanEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(plannedStart, "plannedStart");
        if (scope != null && scope.isBlank()) {
            scope = null;
        }
        if (theme == null && scope == null) {
            throw new RuleViolationException("theme-or-scope", "An entry names a theme, a scope or both.");
        }
        if (theme == PlanTheme.OTHER && scope == null) {
            throw new RuleViolationException("scope-required", "Theme OTHER needs the entry's scope.");
        }
        if (scope != null) {
            scope = Texts.required(scope, "scope", MAX_SCOPE);
        }
        if (durationDays < 1 || durationDays > Schedule.MAX_DAYS) {
            throw new RuleViolationException(
                    "invalid-duration",
                    "A thematic inspection lasts 1 to " + Schedule.MAX_DAYS + " days, not " + durationDays + ".");
        }
    }

    /** The scope the proposed inspection gets: the entry's own, else the theme's. */
    public String inspectionScope() {
        return scope != null ? scope : theme.defaultScope();
    }

    /** The schedule the proposed inspection gets. */
    public Schedule schedule() {
        return Schedule.planned(plannedStart, durationDays);
    }
}
