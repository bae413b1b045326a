package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.staffing.HeadedUnits;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/**
 * The one gate to an inspection, for every use case and query: a sealed inspection does not exist for a caller
 * without INSPECTION_LEAD (the same 404 as an unknown id, after the same single lookup, so neither the answer nor its
 * timing tells them apart). A caller who reads only as a unit head sees his own units' inspections alone (the same
 * 404 for the others). Audit entries about a sealed inspection are withheld from the chain until its seal opens.
 */
@ApplicationScoped
public class InspectionAccess {

    /** Roles that read every unit's inspections; a caller with none of them but UNIT_HEAD reads his units only. */
    private static final List<String> READ_ALL =
            List.of(Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.AUDITOR, Roles.DASHBOARD);

    private final InspectionRepository inspections;
    private final Caller caller;
    private final AuditTrail audit;
    private final HeadedUnits heads;
    private final UnitDirectory units;
    private final Today today;

    InspectionAccess(
            InspectionRepository inspections,
            Caller caller,
            AuditTrail audit,
            HeadedUnits heads,
            UnitDirectory units,
            Today today) {
        this.inspections = inspections;
        this.caller = caller;
        this.audit = audit;
        this.heads = heads;
        this.units = units;
        this.today = today;
    }

    /**
     * For a caller who reads only as a unit head: the units he heads today (staffing's history) and the units below
     * them — his own unit's inspections, findings and actions, nobody else's. Empty: the caller's roles read every
     * unit (the inspectorate, auditors, dashboards).
     */
    public Optional<Set<UnitCode>> unitScope() {
        if (!caller.hasRole(Roles.UNIT_HEAD) || READ_ALL.stream().anyMatch(caller::hasRole)) {
            return Optional.empty();
        }
        Set<UnitCode> scope = new HashSet<>();
        caller.officerUuid()
                .ifPresent(officer -> heads.headedBy(new OfficerId(officer), today.date())
                        .forEach(unit -> scope.addAll(units.withDescendants(unit))));
        return Optional.of(scope);
    }

    /** Whether the caller may see sealed inspections (only INSPECTION_LEAD). */
    public boolean seesSealed() {
        return caller.hasRole(Roles.INSPECTION_LEAD);
    }

    /** The inspection as the caller may see it, or 404. */
    public Inspection visible(UUID id) {
        return inspections.find(id).filter(this::maySee).orElseThrow(() -> unknown(id));
    }

    /** The inspection locked for a change, or 404 when the caller may not see it. */
    public Inspection forUpdate(UUID id) {
        return inspections.findForUpdate(id).filter(this::maySee).orElseThrow(() -> unknown(id));
    }

    /** The inspection locked for a change at the version the caller read (412 otherwise), or 404. */
    public Inspection forUpdate(UUID id, ExpectedVersion expected) {
        Inspection inspection = forUpdate(id);
        expected.requireMatches(inspection.version());
        return inspection;
    }

    /** Audits an action on the inspection; withheld from the chain while it is sealed. */
    public void audit(Inspection inspection, String action, Map<String, ?> details) {
        if (inspection.sealed()) {
            audit.recordWithheld(hold(inspection), action, "inspection", inspection.id(), details);
        } else {
            audit.record(action, "inspection", inspection.id(), details);
        }
    }

    /** The seal opened (start, or early opening): the withheld entries join the chain, in order. */
    public void sealOpened(Inspection inspection) {
        audit.release(hold(inspection));
    }

    private boolean maySee(Inspection inspection) {
        return (inspection.visibleToNonLeads() || seesSealed())
                && unitScope()
                        .map(scope -> scope.contains(inspection.unitCode()))
                        .orElse(true);
    }

    private static String hold(Inspection inspection) {
        return "inspection:" + inspection.id();
    }

    private static UnknownObjectException unknown(UUID id) {
        return new UnknownObjectException("inspection", id);
    }
}
