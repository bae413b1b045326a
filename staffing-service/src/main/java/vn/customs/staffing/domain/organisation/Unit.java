package vn.customs.staffing.domain.organisation;

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
import vn.customs.contracts.staffing.UnitClosed;
import vn.customs.contracts.staffing.UnitOpened;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * A unit of the department (the department itself, a sub-department at a gate, a team). Its code is what the other
 * services know it by, so it never changes.
 */
@Entity
@Table(name = "units")
public class Unit {

    @Id
    private UUID id;

    private UnitCode code;
    private String name;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    private UUID parentId;
    private boolean remoteArea;
    private LocalDate closedOn;
    private String closureDecision;
    private boolean announced;

    @Version
    private long version;

    private Instant createdAt;

    protected Unit() {}

    private Unit(UUID id, UnitCode code, String name, UnitKind kind, UUID parentId, boolean remoteArea, Instant now) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.remoteArea = remoteArea;
        this.createdAt = now;
    }

    /** A new unit; only the department has no parent. */
    public static Unit create(
            UUID id, UnitCode code, String name, UnitKind kind, Unit parent, boolean remoteArea, Instant now) {
        Objects.requireNonNull(code);
        if ((kind == UnitKind.DEPARTMENT) != (parent == null)) {
            throw new RuleViolationException(
                    "invalid-unit-parent", "The department has no parent unit; every other unit has one.");
        }
        return new Unit(id, code, name.strip(), kind, parent == null ? null : parent.id, remoteArea, now);
    }

    /** The event that announces the unit to other services; {@code parent} is null only for the department. */
    public UnitOpened opening(Unit parent, Instant now) {
        this.announced = true;
        return new UnitOpened(code.value(), name, kind.name(), parent == null ? null : parent.code(), remoteArea, now);
    }

    /**
     * Closes the unit from {@code day}: refused while officers are posted there on or after that day or a unit under
     * it is open (422 unit-still-staffed), and once closed (409).
     */
    public UnitClosed close(LocalDate day, String decision, boolean staffed, boolean hasOpenChildren, Instant now) {
        if (closedOn != null) {
            throw new IllegalTransitionException("unit", "CLOSED", "be closed");
        }
        if (staffed || hasOpenChildren) {
            throw new RuleViolationException(
                    "unit-still-staffed",
                    staffed
                            ? "Officers are posted at " + code + " on or after " + day + "; move them first."
                            : "A unit under " + code + " is still open; close it first.");
        }
        if (decision == null || decision.isBlank()) {
            throw new RuleViolationException("decision-required", "A unit is closed by a decision.");
        }
        this.closedOn = day;
        this.closureDecision = decision.strip();
        return new UnitClosed(code.value(), day, closureDecision, now);
    }

    /** Whether its {@link UnitOpened} has gone out (units registered before the unit events had not). */
    public boolean announced() {
        return announced;
    }

    /** Its closure announced again, for a unit closed before it was first announced; empty while open. */
    public Optional<UnitClosed> closure(Instant now) {
        return closedOn == null
                ? Optional.empty()
                : Optional.of(new UnitClosed(code.value(), closedOn, closureDecision, now));
    }

    /** Refuses new posts, postings and child units at a closed unit (422 unit-closed). */
    public void requireOpen() {
        if (closedOn != null) {
            throw new RuleViolationException("unit-closed", "Unit " + code + " was closed on " + closedOn + ".");
        }
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    /** Renames the unit or changes its remote-area flag (which lengthens some legal time limits). */
    public void revise(String name, boolean remoteArea) {
        this.name = Objects.requireNonNull(name).strip();
        this.remoteArea = remoteArea;
    }

    public UUID id() {
        return id;
    }

    /** Its code as the other services print it. */
    public String code() {
        return code.value();
    }

    public UnitCode unitCode() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
    }

    public UUID parentId() {
        return parentId;
    }

    public boolean remoteArea() {
        return remoteArea;
    }

    public long version() {
        return version;
    }
}
