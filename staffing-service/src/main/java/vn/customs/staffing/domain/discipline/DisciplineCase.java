package vn.customs.staffing.domain.discipline;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.customs.contracts.staffing.DisciplineCaseClosed;
import vn.customs.contracts.staffing.DisciplineCaseOpened;
import vn.customs.contracts.staffing.SuspensionChanged;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * A discipline case against an officer. While it is open the officer is under review (not rotated); a suspending
 * case also keeps him from processing declarations and from sensitive posts. The head of the officer's unit on the
 * day of the violation is recorded as accountable.
 */
@Entity
@Table(name = "discipline_cases")
public class DisciplineCase {

    @Id
    private UUID id;

    private OfficerId officerId;

    @Enumerated(EnumType.STRING)
    private CaseOrigin origin;

    private String originId;
    private String reason;
    private UnitCode unitCode;
    private LocalDate violationDate;
    private OfficerId accountableHeadOfficerId;
    private boolean suspended;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;

    private Instant openedAt;
    private Instant closedAt;

    @Version
    private long version;

    protected DisciplineCase() {}

    private DisciplineCase(UUID id, UUID officerId, CaseOrigin origin, String originId, String reason) {
        this.id = id;
        this.officerId = new OfficerId(officerId);
        this.origin = origin;
        this.originId = originId;
        this.reason = reason;
        this.status = CaseStatus.OPEN;
    }

    /** Opens a case; {@code accountableHead} is the head of the officer's unit on the violation date, if known. */
    public static DisciplineCase open(
            UUID id,
            UUID officerId,
            CaseOrigin origin,
            String originId,
            String reason,
            String unitCode,
            LocalDate violationDate,
            UUID accountableHead,
            boolean suspended,
            Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-required", "A discipline case states its reason.");
        }
        DisciplineCase opened = new DisciplineCase(id, officerId, origin, originId, reason.strip());
        opened.unitCode = unitCode == null ? null : new UnitCode(unitCode);
        opened.violationDate = violationDate;
        opened.accountableHeadOfficerId = accountableHead == null ? null : new OfficerId(accountableHead);
        opened.suspended = suspended;
        opened.openedAt = now;
        return opened;
    }

    public DisciplineCaseOpened opening() {
        return new DisciplineCaseOpened(
                officerId.toString(), id.toString(), origin.name(), originId, suspended, openedAt);
    }

    /**
     * Closes the case with its outcome; its suspension ends with it, though another open case may still suspend the
     * officer (the event tells consumers which).
     */
    public DisciplineCaseClosed close(CaseOutcome outcome, boolean stillSuspendedByAnotherCase, Instant now) {
        if (!status.canClose()) {
            throw new IllegalTransitionException("discipline case", status, "be closed");
        }
        this.status = CaseStatus.CLOSED;
        this.outcome = outcome;
        this.closedAt = now;
        this.suspended = false;
        return new DisciplineCaseClosed(
                officerId.toString(), id.toString(), outcome.name(), stillSuspendedByAnotherCase, now);
    }

    /**
     * Sets ({@code suspend} true) or lifts the suspension this case imposes, from {@code from}, while the case is
     * open. The event tells whether the officer is suspended afterwards: another open case may still suspend him.
     */
    public SuspensionChanged changeSuspension(
            boolean suspend, boolean suspendedByAnotherCase, LocalDate from, String why, Instant now) {
        if (!status.canChangeSuspension()) {
            throw new IllegalTransitionException(
                    "discipline case", status, suspend ? "suspend the officer" : "lift the suspension");
        }
        if (suspend == suspended) {
            throw new RuleViolationException(
                    "suspension-unchanged",
                    suspend ? "The case already suspends the officer." : "The case does not suspend the officer.");
        }
        if (why == null || why.isBlank()) {
            throw new RuleViolationException("reason-required", "A suspension is set or lifted for a stated reason.");
        }
        this.suspended = suspend;
        return new SuspensionChanged(
                officerId.toString(), id.toString(), suspend || suspendedByAnotherCase, from, why.strip(), now);
    }

    public boolean open() {
        return status == CaseStatus.OPEN;
    }

    public UUID id() {
        return id;
    }

    public UUID officerId() {
        return officerId.value();
    }

    public CaseOrigin origin() {
        return origin;
    }

    public String originId() {
        return originId;
    }

    public String reason() {
        return reason;
    }

    public String unitCode() {
        return unitCode == null ? null : unitCode.value();
    }

    public LocalDate violationDate() {
        return violationDate;
    }

    public UUID accountableHeadOfficerId() {
        return accountableHeadOfficerId == null ? null : accountableHeadOfficerId.value();
    }

    public boolean suspended() {
        return suspended;
    }

    public CaseStatus status() {
        return status;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
