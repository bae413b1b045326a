package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.contracts.inspections.InspectionConcluded;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionFindings;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;

/**
 * The conclusion (published, back to the report that asked for it), the follow-up of corrective actions, and the
 * closing of the file once every action is verified.
 */
@ApplicationScoped
public class ConcludeInspection {

    private final InspectionAccess access;
    private final InspectionFindings findings;
    private final Outbox outbox;
    private final Today today;

    ConcludeInspection(InspectionAccess access, InspectionFindings findings, Outbox outbox, Today today) {
        this.access = access;
        this.findings = findings;
        this.outbox = outbox;
        this.today = today;
    }

    @Transactional
    public Inspection conclude(UUID id, ExpectedVersion expected, String conclusion) {
        Inspection inspection = access.forUpdate(id, expected);
        InspectionConcluded concluded = inspection.conclude(conclusion, findings.countOf(id), today.now());
        outbox.publish(concluded);
        access.audit(inspection, "conclude-inspection", Map.of("findings", concluded.findings()));
        return inspection;
    }

    @Transactional
    public Inspection beginFollowUp(UUID id, ExpectedVersion expected) {
        Inspection inspection = access.forUpdate(id, expected);
        inspection.beginFollowUp();
        access.audit(inspection, "begin-follow-up", Map.of());
        return inspection;
    }

    @Transactional
    public Inspection close(UUID id, ExpectedVersion expected) {
        Inspection inspection = access.forUpdate(id, expected);
        inspection.close(findings.unsettledActionsOf(id), today.now());
        access.audit(inspection, "close-inspection", Map.of());
        return inspection;
    }
}
