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
import vn.customs.contracts.inspections.CorrectiveActionOverdue;
import vn.customs.inspections.domain.inspection.Texts;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * A corrective action a finding orders: what is to be done, by whom (its owner) and by when. Its owner (or a lead)
 * starts and completes it; a lead who is not its owner verifies it. Past its due date an unfinished action becomes
 * OVERDUE once, which is announced; it can still be completed, late.
 */
@Entity
@Table(name = "corrective_actions")
public class CorrectiveAction {

    public static final int MAX_DESCRIPTION = 2000;

    @Id
    private UUID id;

    @Version
    private long version;

    private UUID findingId;
    private UUID inspectionId;
    private UnitCode unitCode;
    private String description;
    private OfficerId ownerId;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private CorrectiveActionStatus status;

    private Instant orderedAt;
    private Instant startedAt;
    private Instant completedAt;
    private boolean completedLate;
    private LocalDate overdueOn;
    private String verifiedBy;
    private Instant verifiedAt;

    protected CorrectiveAction() {}

    static CorrectiveAction order(
            UUID id,
            Finding finding,
            String description,
            OfficerId owner,
            LocalDate dueDate,
            LocalDate today,
            Instant now) {
        Objects.requireNonNull(dueDate, "dueDate");
        if (dueDate.isBefore(today)) {
            throw new RuleViolationException("due-date-past", "The due date " + dueDate + " is before today.");
        }
        CorrectiveAction action = new CorrectiveAction();
        action.id = Objects.requireNonNull(id);
        action.findingId = finding.id();
        action.inspectionId = finding.inspectionId();
        action.unitCode = finding.unitCode();
        action.description = Texts.required(description, "description", MAX_DESCRIPTION);
        action.ownerId = Objects.requireNonNull(owner, "owner");
        action.dueDate = dueDate;
        action.status = CorrectiveActionStatus.OPEN;
        action.orderedAt = Objects.requireNonNull(now);
        return action;
    }

    /** The owner (or a lead) sets to work on it. */
    public void start(OfficerId by, boolean lead, Instant now) {
        requireOwnerOrLead(by, lead, "start");
        moveTo(CorrectiveActionStatus.IN_PROGRESS, "start");
        this.startedAt = now;
    }

    /** The owner (or a lead) reports it done; late when the due date has passed (or it was already OVERDUE). */
    public void complete(OfficerId by, boolean lead, LocalDate today, Instant now) {
        requireOwnerOrLead(by, lead, "complete");
        boolean late = status == CorrectiveActionStatus.OVERDUE || today.isAfter(dueDate);
        moveTo(CorrectiveActionStatus.DONE, "complete");
        this.completedAt = now;
        this.completedLate = late;
    }

    /**
     * A lead checks the work and confirms it; never the owner himself. {@code verifier} is the lead's officer id, or
     * null when his token names none (then he is not an officer who could own the action).
     */
    public void verify(OfficerId verifier, String verifiedBy, Instant now) {
        if (ownerId.equals(verifier)) {
            throw new AccessRefusedException("owner-cannot-verify", "The owner of an action does not verify it.");
        }
        moveTo(CorrectiveActionStatus.VERIFIED, "verify");
        this.verifiedBy = Texts.required(verifiedBy, "verifiedBy", Finding.MAX_RECORDED_BY);
        this.verifiedAt = now;
    }

    /** The due date passed with the work unfinished: announced once, the action stays to be done. */
    public CorrectiveActionOverdue markOverdue(LocalDate today, Instant now) {
        if (!today.isAfter(dueDate)) {
            throw new RuleViolationException("not-due", "The action is due on " + dueDate + ", not yet overdue.");
        }
        moveTo(CorrectiveActionStatus.OVERDUE, "become overdue");
        this.overdueOn = today;
        return new CorrectiveActionOverdue(
                inspectionId.toString(),
                findingId.toString(),
                id.toString(),
                unitCode.value(),
                ownerId.toString(),
                dueDate,
                now);
    }

    private void requireOwnerOrLead(OfficerId by, boolean lead, String what) {
        if (!lead && !ownerId.equals(by)) {
            throw new AccessRefusedException(
                    "not-the-owner", "Only the action's owner or an inspection lead may " + what + " it.");
        }
    }

    private void moveTo(CorrectiveActionStatus target, String transition) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(
                    "corrective action", status, transition + " (allowed next: " + status.next() + ")");
        }
        this.status = target;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID findingId() {
        return findingId;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UnitCode unitCode() {
        return unitCode;
    }

    public String description() {
        return description;
    }

    public OfficerId owner() {
        return ownerId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public CorrectiveActionStatus status() {
        return status;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public boolean completedLate() {
        return completedLate;
    }

    public Optional<LocalDate> overdueOn() {
        return Optional.ofNullable(overdueOn);
    }

    public Optional<String> verifiedBy() {
        return Optional.ofNullable(verifiedBy);
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt);
    }
}
