package vn.customs.hotline.domain.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.customs.contracts.hotline.ReportConcluded;
import vn.customs.contracts.hotline.TargetedInspectionRequested;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;

/**
 * How a report is settled: the decisions on it (not accepted, transferred, concluded), who handles it, the actions
 * its conclusion requires, and the targeted inspection it may ask for. {@link Report} holds intake and the clock.
 */
@MappedSuperclass
public abstract class Settlement extends ClockedReport {

    protected Instant acceptedAt;

    @Enumerated(EnumType.STRING)
    private NonAcceptanceReason nonAcceptanceReason;

    private String decisionNote;
    private String transferredTo;

    @Embedded
    private Assignment assignment;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    /** The conclusion in words the reporter reads. */
    private String conclusion;

    private Instant concludedAt;
    private Boolean concludedWithinLimit;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER) // small, and read by views after the transaction
    @CollectionTable(name = "report_actions", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<FollowUpAction> actions = new ArrayList<>();

    /** When the report stopped being handled: closed, withdrawn, not accepted or transferred. */
    protected Instant endedAt;

    private Instant inspectionRequestedAt;
    private String inspectionOutcome;

    /** Not accepted, for one of the codified reasons. */
    public void refuse(NonAcceptanceReason reason, String note, Instant now) {
        if (reason == null) {
            throw new RuleViolationException("reason-required", "Not accepting a report names the codified reason.");
        }
        moveTo(ReportStatus.NOT_ACCEPTED, "be refused");
        this.nonAcceptanceReason = reason;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
        this.endedAt = now;
    }

    /** Not ours: sent on to the authority that settles it. */
    public void transfer(String authority, String note, Instant now) {
        requireReason(authority);
        moveTo(ReportStatus.TRANSFERRED, "be transferred");
        this.transferredTo = authority.strip();
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
        this.endedAt = now;
    }

    /** Names (or replaces) receiver, verifier and decider; the caller checked them for conflicts of interest. */
    public void assign(Assignment assignment) {
        if (!status.open()) {
            throw new IllegalTransitionException("report", status, "be assigned");
        }
        this.assignment = assignment;
    }

    /** Concludes verification; the outcome goes out with the officers it concerns. */
    public ReportConcluded conclude(Outcome outcome, String conclusion, List<OfficerId> officers, Instant now) {
        if (outcome == null) {
            throw new RuleViolationException("outcome-required", "A conclusion says what verification found.");
        }
        requireReason(conclusion);
        moveTo(ReportStatus.CONCLUDED, "be concluded");
        this.outcome = outcome;
        this.conclusion = conclusion.strip();
        this.concludedAt = now;
        this.concludedWithinLimit = !now.isAfter(clock.dueAt());
        List<String> concerned = new ArrayList<>();
        if (facts().accusedOfficerId() != null) {
            concerned.add(facts().accusedOfficerId().toString());
        }
        officers.stream()
                .map(OfficerId::toString)
                .filter(o -> !concerned.contains(o))
                .forEach(concerned::add);
        return new ReportConcluded(reportId().toString(), outcome.name(), List.copyOf(concerned), now);
    }

    /** An action the conclusion requires; tracking starts with the first. */
    public void addAction(String description, LocalDate dueOn) {
        requireReason(description);
        if (status == ReportStatus.CONCLUDED) {
            moveTo(ReportStatus.ACTIONS_TRACKING, "track actions");
        } else if (status != ReportStatus.ACTIONS_TRACKING) {
            throw new IllegalTransitionException("report", status, "take an action");
        }
        actions.add(new FollowUpAction(description.strip(), dueOn, null, null));
    }

    /** Marks action {@code index} (from 0) done. */
    public void completeAction(int index, String note, Instant now) {
        if (status != ReportStatus.ACTIONS_TRACKING) {
            throw new IllegalTransitionException("report", status, "complete an action");
        }
        if (index < 0 || index >= actions.size()) {
            throw new RuleViolationException("no-such-action", "The report has " + actions.size() + " action(s).");
        }
        if (actions.get(index).done()) {
            throw new RuleViolationException("action-done", "That action is already done.");
        }
        actions.set(index, actions.get(index).completed(now, note == null ? null : note.strip()));
    }

    /** Closes a concluded report once every action it required is done. */
    public void close(Instant now) {
        long open = actions.stream().filter(a -> !a.done()).count();
        if (open > 0) {
            throw new RuleViolationException("actions-open", open + " action(s) of this report are not done.");
        }
        moveTo(ReportStatus.CLOSED, "be closed");
        this.endedAt = now;
    }

    /**
     * Asks inspections for a targeted inspection of the unit (and the accused, if known): once per report, when the
     * report was substantiated or its unit or officer keeps being reported.
     */
    public TargetedInspectionRequested requestInspection(String reason, Instant now) {
        requireReason(reason);
        if (inspectionRequestedAt != null) {
            throw new RuleViolationException("inspection-requested", "This report already asked for an inspection.");
        }
        if (status == ReportStatus.NOT_ACCEPTED
                || status == ReportStatus.TRANSFERRED
                || status == ReportStatus.RECEIVED) {
            throw new IllegalTransitionException("report", status, "ask for an inspection");
        }
        this.inspectionRequestedAt = now;
        List<String> officers = facts().accusedOfficerId() == null
                ? List.of()
                : List.of(facts().accusedOfficerId().toString());
        return new TargetedInspectionRequested(
                reportId().toString(), facts().unitCode().value(), officers, reason.strip(), now);
    }

    /** What the inspection this report asked for concluded, in plain words. */
    public void recordInspectionOutcome(String summary) {
        if (inspectionRequestedAt == null) {
            throw new RuleViolationException("no-inspection-requested", "This report asked for no inspection.");
        }
        this.inspectionOutcome = summary;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public NonAcceptanceReason nonAcceptanceReason() {
        return nonAcceptanceReason;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public String transferredTo() {
        return transferredTo;
    }

    public Assignment assignment() {
        return assignment;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String conclusion() {
        return conclusion;
    }

    public Instant concludedAt() {
        return concludedAt;
    }

    public Boolean concludedWithinLimit() {
        return concludedWithinLimit;
    }

    public List<FollowUpAction> actions() {
        return List.copyOf(actions);
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant inspectionRequestedAt() {
        return inspectionRequestedAt;
    }

    public String inspectionOutcome() {
        return inspectionOutcome;
    }
}
