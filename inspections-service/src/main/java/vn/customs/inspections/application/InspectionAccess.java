package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;

/**
 * The one gate to an inspection, for every use case and query: a sealed inspection does not exist for a caller
 * without INSPECTION_LEAD (the same 404 as an unknown id, after the same single lookup, so neither the answer nor its
 * timing tells them apart). Audit entries about a sealed inspection are withheld from the chain until its seal opens.
 */
@ApplicationScoped
public class InspectionAccess {

    private final InspectionRepository inspections;
    private final Caller caller;
    private final AuditTrail audit;

    InspectionAccess(InspectionRepository inspections, Caller caller, AuditTrail audit) {
        this.inspections = inspections;
        this.caller = caller;
        this.audit = audit;
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
        return inspection.visibleToNonLeads() || seesSealed();
    }

    private static String hold(Inspection inspection) {
        return "inspection:" + inspection.id();
    }

    private static UnknownObjectException unknown(UUID id) {
        return new UnknownObjectException("inspection", id);
    }
}
