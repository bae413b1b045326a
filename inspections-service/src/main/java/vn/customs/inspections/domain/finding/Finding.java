package vn.customs.inspections.domain.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.customs.contracts.inspections.FindingRecorded;
import vn.customs.inspections.domain.inspection.Texts;
import vn.customs.inspections.domain.staffing.UnitHeads;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * A finding of an inspection at a unit, about an officer when one is named. From CORRECTIVE up, the head of the unit
 * on the day of the violation (staffing's history, not today's head) is recorded as accountable, and corrective
 * actions may be ordered. A finding is a record of fact: once recorded it does not change.
 */
@Entity
@Table(name = "findings")
public class Finding {

    public static final int MAX_EVIDENCE = 4000;
    public static final int MAX_RECORDED_BY = 200;

    @Id
    private UUID id;

    @Version
    private long version;

    private UUID inspectionId;
    private UnitCode unitCode;

    @Enumerated(EnumType.STRING)
    private FindingCategory category;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private OfficerId officerId;
    private LocalDate violationDate;
    private String evidence;
    private UUID declarationId;
    private OfficerId accountableHeadId;
    private String recordedBy;
    private Instant recordedAt;

    protected Finding() {}

    /** What the inspector writes down; the unit is the inspection's. */
    public record Facts(
            FindingCategory category,
            Severity severity,
            OfficerId officer,
            LocalDate violationDate,
            String evidence,
            UUID declarationId) {

        public Facts {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(violationDate, "violationDate");
        }
    }

    /** A recorded finding and the event that announces it. */
    public record Recorded(Finding finding, FindingRecorded event) {}

    /**
     * Records a finding. From CORRECTIVE up, asks {@code heads} who headed the unit on the violation date (nobody
     * when the post was vacant); below it, nobody answers.
     */
    public static Recorded record(
            UUID id,
            UUID inspectionId,
            UnitCode unit,
            Facts facts,
            UnitHeads heads,
            String recordedBy,
            LocalDate today,
            Instant now) {
        if (facts.violationDate().isAfter(today)) {
            throw new RuleViolationException(
                    "violation-in-future", "The violation date " + facts.violationDate() + " is after today.");
        }
        Finding finding = new Finding();
        finding.id = Objects.requireNonNull(id);
        finding.inspectionId = Objects.requireNonNull(inspectionId);
        finding.unitCode = Objects.requireNonNull(unit, "unit");
        finding.category = facts.category();
        finding.severity = facts.severity();
        finding.officerId = facts.officer();
        finding.violationDate = facts.violationDate();
        finding.evidence = Texts.required(facts.evidence(), "evidence", MAX_EVIDENCE);
        finding.declarationId = facts.declarationId();
        finding.accountableHeadId = facts.severity().holdsHeadAccountable()
                ? heads.headOn(unit, facts.violationDate()).orElse(null)
                : null;
        finding.recordedBy = Texts.required(recordedBy, "recordedBy", MAX_RECORDED_BY);
        finding.recordedAt = Objects.requireNonNull(now);
        return new Recorded(finding, finding.recorded());
    }

    /** Orders a corrective action; only a finding from CORRECTIVE up carries actions. */
    public CorrectiveAction orderAction(
            UUID actionId, String description, OfficerId owner, LocalDate dueDate, LocalDate today, Instant now) {
        if (!severity.holdsHeadAccountable()) {
            throw new RuleViolationException(
                    "actions-need-corrective",
                    "A " + severity + " finding carries no corrective actions; only CORRECTIVE and above do.");
        }
        return CorrectiveAction.order(actionId, this, description, owner, dueDate, today, now);
    }

    private FindingRecorded recorded() {
        return new FindingRecorded(
                inspectionId.toString(),
                id.toString(),
                unitCode.value(),
                officerId == null ? null : officerId.toString(),
                category.name(),
                severity.name(),
                violationDate,
                accountableHeadId == null ? null : accountableHeadId.toString(),
                declarationId == null ? null : declarationId.toString(),
                recordedAt);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UnitCode unitCode() {
        return unitCode;
    }

    public FindingCategory category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public Optional<OfficerId> officer() {
        return Optional.ofNullable(officerId);
    }

    public LocalDate violationDate() {
        return violationDate;
    }

    public String evidence() {
        return evidence;
    }

    public Optional<UUID> declarationId() {
        return Optional.ofNullable(declarationId);
    }

    /** The head of the unit on the violation date; empty below CORRECTIVE or while the post was vacant. */
    public Optional<OfficerId> accountableHead() {
        return Optional.ofNullable(accountableHeadId);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
