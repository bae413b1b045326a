package vn.customs.inspections.domain.plan;

import jakarta.persistence.CollectionTable;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.Texts;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnknownObjectException;

/**
 * The annual or quarterly plan of thematic inspections: a period, a title and entries (unit, theme or scope, planned
 * start inside the period, duration). Drafted and edited by one inspection lead, approved by another (four eyes);
 * the approval turns every entry into a proposed THEMATIC inspection resting on the plan, and the plan no longer
 * changes. Thematic inspections are announced: nothing about a plan is sealed.
 */
@Entity
@Table(name = "inspection_plans")
public class InspectionPlan {

    public static final int MAX_TITLE = 200;
    public static final int MAX_ENTRIES = 200;
    /** The longest token subject stored (drafter, approver). */
    public static final int MAX_SUBJECT = 255;

    @Id
    private UUID id;

    @Version
    private long version;

    @Embedded
    private PlanPeriod period;

    private String title;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private String draftedBy;
    private Instant draftedAt;
    private String approvedBy;
    private Instant approvedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_plan_entries", joinColumns = @JoinColumn(name = "plan_id"))
    private List<PlanEntry> entries = new ArrayList<>();

    protected InspectionPlan() {}

    /** A new plan in DRAFT, with its first entries (maybe none). */
    public static InspectionPlan draft(
            UUID id, PlanPeriod period, String title, List<PlanEntry> entries, String draftedBy, Instant now) {
        InspectionPlan plan = new InspectionPlan();
        plan.id = Objects.requireNonNull(id, "id");
        plan.period = Objects.requireNonNull(period, "period");
        plan.title = Texts.required(title, "title", MAX_TITLE);
        plan.status = PlanStatus.DRAFT;
        plan.draftedBy = subject(draftedBy);
        plan.draftedAt = Objects.requireNonNull(now, "now");
        (entries == null ? List.<PlanEntry>of() : entries).forEach(plan::add);
        return plan;
    }

    /** Adds an entry to a draft; its planned start must lie in the plan's period. */
    public void addEntry(PlanEntry entry) {
        requireEditable("add an entry");
        add(entry);
    }

    /** Removes an entry from a draft; 404 for an entry the plan does not hold. */
    public void removeEntry(UUID entryId) {
        requireEditable("remove an entry");
        if (!entries.removeIf(entry -> entry.id().equals(entryId))) {
            throw new UnknownObjectException("plan entry", entryId);
        }
    }

    /**
     * Four eyes: a lead other than the drafter approves a plan with at least one entry. Returns the entries to propose
     * as THEMATIC inspections, each with its entry's id.
     */
    public PlanApproved approve(String approver, Instant now) {
        if (!status.canMoveTo(PlanStatus.APPROVED)) {
            throw new IllegalTransitionException("inspection plan", status, "be approved (allowed next: none)");
        }
        String by = subject(approver);
        if (by.equals(draftedBy)) {
            throw new RuleViolationException(
                    "four-eyes", "The plan was drafted by " + by + "; another inspection lead must approve it.");
        }
        if (entries.isEmpty()) {
            throw new RuleViolationException("plan-empty", "A plan without entries cannot be approved.");
        }
        this.status = PlanStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = Objects.requireNonNull(now, "now");
        return new PlanApproved(id, by, now, entries());
    }

    private void add(PlanEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (!period.contains(entry.plannedStart())) {
            throw new RuleViolationException(
                    "start-outside-period",
                    "The planned start " + entry.plannedStart() + " is outside the plan's period " + period.label()
                            + " (" + period.first() + " to " + period.last() + ").");
        }
        if (entries.stream().anyMatch(existing -> existing.id().equals(entry.id()))) {
            throw new RuleViolationException("duplicate-entry", "The plan already holds entry " + entry.id() + ".");
        }
        if (entries.size() >= MAX_ENTRIES) {
            throw new RuleViolationException("too-many-entries", "A plan holds at most " + MAX_ENTRIES + " entries.");
        }
        entries.add(entry);
    }

    private void requireEditable(String what) {
        if (!status.editable()) {
            throw new IllegalTransitionException("inspection plan", status, what + " (only in DRAFT)");
        }
    }

    private static String subject(String by) {
        if (by == null || by.isBlank() || by.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("a lead's token subject of 1 to " + MAX_SUBJECT + " characters");
        }
        return by;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public PlanPeriod period() {
        return period;
    }

    public String title() {
        return title;
    }

    public PlanStatus status() {
        return status;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    /** The entries by planned start, then unit, then id. */
    public List<PlanEntry> entries() {
        return entries.stream()
                .sorted(Comparator.comparing(PlanEntry::plannedStart)
                        .thenComparing(entry -> entry.unitCode().value())
                        .thenComparing(PlanEntry::id))
                .toList();
    }
}
