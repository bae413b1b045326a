package vn.customs.inspections.domain.inspection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.customs.contracts.inspections.InspectionConcluded;
import vn.customs.contracts.inspections.InspectionStarted;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * An inspection of one unit: its type and basis, its decision, its team and schedule, and its lifecycle. A
 * SURPRISE inspection is sealed from its creation until it starts, or until a lead opens the seal early with a
 * reason: while sealed, only INSPECTION_LEAD may learn that it exists.
 */
@Entity
@Table(name = "inspections")
public class Inspection {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_CONCLUSION = 4000;
    public static final int MAX_REASON = 1000;

    @Id
    private UUID id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private InspectionType type;

    @Enumerated(EnumType.STRING)
    private Basis basis;

    private String basisReference;
    private String decisionNumber;
    private UnitCode unitCode;
    private String scope;

    @Embedded
    private Schedule schedule;

    @Enumerated(EnumType.STRING)
    private InspectionStatus status;

    private boolean sealed;
    private String sealOpenedReason;
    private String conclusion;

    @Embedded
    private Milestones milestones;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_target_officers", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "officer_id")
    private List<OfficerId> targetOfficers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_team", joinColumns = @JoinColumn(name = "inspection_id"))
    private List<TeamSeat> team = new ArrayList<>();

    protected Inspection() {}

    /** A proposed inspection (DRAFT); a SURPRISE one is sealed from this moment. */
    public static Inspection propose(
            UUID id,
            InspectionType type,
            Basis basis,
            String basisReference,
            UnitCode unit,
            List<OfficerId> targetOfficers,
            String scope,
            Schedule schedule,
            Instant now) {
        type.requireRestsOn(basis, basisReference);
        Inspection inspection = new Inspection();
        inspection.id = Objects.requireNonNull(id);
        inspection.type = type;
        inspection.basis = basis;
        inspection.basisReference = basisReference;
        inspection.unitCode = Objects.requireNonNull(unit, "unit");
        inspection.targetOfficers = new ArrayList<>(targetOfficers == null ? List.of() : targetOfficers);
        inspection.scope = Texts.required(scope, "scope", MAX_TEXT);
        inspection.schedule = Objects.requireNonNull(schedule, "schedule");
        inspection.status = InspectionStatus.DRAFT;
        inspection.sealed = type.sealedUntilStart();
        inspection.milestones = Milestones.created(now);
        return inspection;
    }

    /** Puts a team on the inspection before it starts (screened for conflicts by the caller). */
    public void assignTeam(Team newTeam) {
        requireBeforeStart("assign a team");
        this.team = new ArrayList<>(newTeam.seats());
    }

    /** Moves the planned start or the duration, before the start. */
    public void reschedule(LocalDate plannedStart, int durationDays) {
        requireBeforeStart("reschedule");
        this.schedule = schedule.movedTo(plannedStart, durationDays);
    }

    /** The decision to inspect, under its number; the team must be set. Announces nothing for a sealed one. */
    public void decide(String number, Instant now) {
        if (status == InspectionStatus.DRAFT && team().isEmpty()) {
            throw new RuleViolationException("team-required", "Assign a team with a lead before the decision.");
        }
        String checked = Texts.required(number, "decisionNumber", 40);
        moveTo(InspectionStatus.DECIDED, "decide");
        this.decisionNumber = checked;
        this.milestones = milestones.decided(now);
    }

    /** The team arrives at the unit: the seal (if any) opens and the start is published. */
    public InspectionStarted start(LocalDate on, Instant now) {
        moveTo(InspectionStatus.IN_PROGRESS, "start");
        this.milestones = milestones.started(Objects.requireNonNull(on));
        this.sealed = false;
        return new InspectionStarted(
                id.toString(), type.name(), basis.name(), basisReference, decisionNumber, unitCode.value(), on, now);
    }

    /** Lengthens the fieldwork once, by at most the duration, with a reason. */
    public void extend(int days, String reason) {
        if (status != InspectionStatus.DECIDED && status != InspectionStatus.IN_PROGRESS) {
            throw new IllegalTransitionException("inspection", status, "extend (only when DECIDED or IN_PROGRESS)");
        }
        this.schedule = schedule.extendedBy(days, Texts.required(reason, "reason", MAX_REASON));
    }

    /** The team has left the unit; the conclusion is written next. */
    public void endFieldwork(LocalDate on) {
        moveTo(InspectionStatus.FIELDWORK_ENDED, "end fieldwork");
        if (on.isBefore(milestones.startedOn())) {
            throw new RuleViolationException(
                    "before-start", "Fieldwork cannot end before it started on " + milestones.startedOn() + ".");
        }
        this.milestones = milestones.fieldworkEnded(on);
    }

    /** The conclusion, with the number of findings recorded; goes back to a report that asked for it. */
    public InspectionConcluded conclude(String text, int findings, Instant now) {
        String checked = Texts.required(text, "conclusion", MAX_CONCLUSION);
        moveTo(InspectionStatus.CONCLUDED, "conclude");
        this.conclusion = checked;
        this.milestones = milestones.concluded(now);
        String report = basis == Basis.REPORT ? basisReference : null;
        return new InspectionConcluded(
                id.toString(), type.name(), List.of(unitCode.value()), report, findings, conclusion, now);
    }

    /** Corrective actions are to be seen through before closing. */
    public void beginFollowUp() {
        moveTo(InspectionStatus.FOLLOW_UP, "begin follow-up");
    }

    /** Closes the file; refused while a corrective action is not verified. */
    public void close(long unsettledActions, Instant now) {
        moveTo(InspectionStatus.CLOSED, "close");
        if (unsettledActions > 0) {
            throw new RuleViolationException(
                    "actions-unsettled", unsettledActions + " corrective action(s) are not verified yet.");
        }
        this.milestones = milestones.closed(now);
    }

    /** Opens a surprise inspection's seal before the start (an audited decision with its reason). */
    public void openSealEarly(String reason) {
        if (!sealed) {
            throw new RuleViolationException("not-sealed", "This inspection is not sealed.");
        }
        this.sealOpenedReason = Texts.required(reason, "reason", MAX_REASON);
        this.sealed = false;
    }

    /** Whether someone without the INSPECTION_LEAD role may learn that this inspection exists. */
    public boolean visibleToNonLeads() {
        return !sealed;
    }

    /** Whether the officer sits on the team, in any seat. */
    public boolean onTeam(OfficerId officer) {
        return team.stream().anyMatch(seat -> seat.officer().equals(officer));
    }

    private void moveTo(InspectionStatus target, String transition) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(
                    "inspection", status, transition + " (allowed next: " + status.next() + ")");
        }
        this.status = target;
    }

    private void requireBeforeStart(String what) {
        if (!status.beforeStart()) {
            throw new IllegalTransitionException("inspection", status, what + " (only before the start)");
        }
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public InspectionType type() {
        return type;
    }

    public Basis basis() {
        return basis;
    }

    public String basisReference() {
        return basisReference;
    }

    public Optional<String> decisionNumber() {
        return Optional.ofNullable(decisionNumber);
    }

    public UnitCode unitCode() {
        return unitCode;
    }

    public Milestones milestones() {
        return milestones;
    }

    public String scope() {
        return scope;
    }

    public Schedule schedule() {
        return schedule;
    }

    public InspectionStatus status() {
        return status;
    }

    public boolean sealed() {
        return sealed;
    }

    public Optional<String> sealOpenedReason() {
        return Optional.ofNullable(sealOpenedReason);
    }

    public Optional<String> conclusion() {
        return Optional.ofNullable(conclusion);
    }

    public List<OfficerId> targetOfficers() {
        return List.copyOf(targetOfficers);
    }

    /** The team, or empty before one is assigned. */
    public Optional<Team> team() {
        return Optional.ofNullable(Team.of(team));
    }
}
