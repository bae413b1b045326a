package vn.customs.staffing.domain.rotation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;

/**
 * A rotation plan for a period and a set of units: solved into a proposal, approved by a second person (four eyes),
 * then executed as postings under one decision number.
 */
@Entity
@Table(name = "rotation_plans")
public class RotationPlan {

    @Id
    private UUID id;

    private LocalDate periodFrom;
    private LocalDate periodTo;
    /** The units the plan covers, in the order given; none means the whole department. */
    @ElementCollection
    @CollectionTable(name = "rotation_plan_units", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code")
    private List<String> unitCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private int timeLimitSeconds;
    /** Counts solve requests, so that a solve started before a pin cannot overwrite the plan after it. */
    private int solveRound;

    private String createdBy;
    private String approvedBy;
    private String decisionNumber;
    private String score;
    private Boolean feasible;
    private Long solveMillis;
    private String failure;
    private Instant createdAt;
    private Instant solvedAt;
    private Instant approvedAt;
    private Instant executedAt;

    @ElementCollection
    @CollectionTable(name = "rotation_plan_pins", joinColumns = @JoinColumn(name = "plan_id"))
    private List<Pin> pins = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "rotation_plan_entries", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected RotationPlan() {}

    /** A new plan, in DRAFT until its first solve finishes. */
    public static RotationPlan draft(
            UUID id,
            LocalDate periodFrom,
            LocalDate periodTo,
            List<String> unitCodes,
            int timeLimitSeconds,
            String createdBy,
            Instant now) {
        if (periodTo.isBefore(periodFrom)) {
            throw new RuleViolationException("invalid-period", "The period ends on or after its first day.");
        }
        if (timeLimitSeconds < 1 || timeLimitSeconds > 300) {
            throw new RuleViolationException("invalid-time-limit", "A solve may take 1 to 300 seconds.");
        }
        RotationPlan plan = new RotationPlan();
        plan.id = id;
        plan.periodFrom = periodFrom;
        plan.periodTo = periodTo;
        plan.unitCodes = new ArrayList<>(unitCodes);
        plan.timeLimitSeconds = timeLimitSeconds;
        plan.createdBy = createdBy;
        plan.createdAt = now;
        plan.status = PlanStatus.DRAFT;
        return plan;
    }

    /**
     * The solver's proposal for solve round {@code round} arrived; false (and nothing changes) when the plan was
     * pinned or re-solved meanwhile, since a newer solve is then on its way.
     */
    public boolean optimized(
            int round, List<PlanEntry> proposal, String score, boolean feasible, long solveMillis, Instant now) {
        if (round != solveRound || status != PlanStatus.DRAFT) {
            return false;
        }
        this.entries = new ArrayList<>(proposal);
        this.score = score;
        this.feasible = feasible;
        this.solveMillis = solveMillis;
        this.failure = null;
        this.solvedAt = now;
        this.status = PlanStatus.OPTIMIZED;
        return true;
    }

    /** The solve failed; the plan stays in DRAFT with the reason, to be solved again. */
    public void solveFailed(int round, String reason) {
        if (round == solveRound && status == PlanStatus.DRAFT) {
            this.failure = reason;
        }
    }

    /** Fixes an officer to a post (replacing an earlier pin of his) and sends the plan back to be solved. */
    public void pin(UUID officerId, UUID postId) {
        requireReopenable("be pinned");
        pins.removeIf(pin -> pin.officerId().equals(officerId));
        pins.add(new Pin(officerId, postId));
        reopen();
    }

    /** Sends the plan back to be solved again, with its pins (also after a failed solve). */
    public void resolve() {
        requireReopenable("be solved again");
        reopen();
    }

    private void reopen() {
        status = PlanStatus.DRAFT;
        failure = null;
        solveRound++;
    }

    private void requireReopenable(String transition) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.OPTIMIZED) {
            throw new IllegalTransitionException("rotation plan", status, transition);
        }
    }

    /** Four eyes: whoever created the plan cannot approve it, and a plan that breaks the law cannot be approved. */
    public void approve(String approver, Instant now) {
        require(PlanStatus.APPROVED, "be approved");
        if (approver.equals(createdBy)) {
            throw new RuleViolationException(
                    "four-eyes", "The plan was created by " + approver + "; another person must approve it.");
        }
        if (!Boolean.TRUE.equals(feasible)) {
            throw new RuleViolationException(
                    "plan-infeasible", "The proposal breaks a hard rule; pin or re-solve before approving.");
        }
        this.approvedBy = approver;
        this.approvedAt = now;
        this.status = PlanStatus.APPROVED;
    }

    /** Marks the plan executed under {@code decision}; returns the moves to make as postings. */
    public List<PlanEntry> execute(String decision, Instant now) {
        require(PlanStatus.EXECUTED, "be executed");
        if (decision == null || decision.isBlank()) {
            throw new RuleViolationException("decision-required", "Executing a plan needs its decision number.");
        }
        this.decisionNumber = decision.strip();
        this.executedAt = now;
        this.status = PlanStatus.EXECUTED;
        return moves();
    }

    private void require(PlanStatus next, String transition) {
        if (!status.next().contains(next)) {
            throw new IllegalTransitionException("rotation plan", status, transition);
        }
    }

    public List<PlanEntry> moves() {
        return entries.stream().filter(PlanEntry::moves).collect(Collectors.toList());
    }

    public UUID id() {
        return id;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public List<String> unitCodes() {
        return List.copyOf(unitCodes);
    }

    public PlanStatus status() {
        return status;
    }

    public int solveRound() {
        return solveRound;
    }

    public int timeLimitSeconds() {
        return timeLimitSeconds;
    }

    public String createdBy() {
        return createdBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public String score() {
        return score;
    }

    public Boolean feasible() {
        return feasible;
    }

    public Long solveMillis() {
        return solveMillis;
    }

    public String failure() {
        return failure;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant solvedAt() {
        return solvedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public List<Pin> pins() {
        return List.copyOf(pins);
    }

    public List<PlanEntry> entries() {
        return List.copyOf(entries);
    }

    public long version() {
        return version;
    }
}
