package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.contracts.inspections.InspectionStarted;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;

/** The fieldwork: start (the seal opens and InspectionStarted goes out), extension, end. */
@ApplicationScoped
public class RunInspection {

    private final InspectionAccess access;
    private final Outbox outbox;
    private final Today today;

    RunInspection(InspectionAccess access, Outbox outbox, Today today) {
        this.access = access;
        this.outbox = outbox;
        this.today = today;
    }

    /** The team is at the unit: from now on everyone may know, and the withheld audit entries join the chain. */
    @Transactional
    public Inspection start(UUID id, ExpectedVersion expected) {
        Inspection inspection = access.forUpdate(id, expected);
        boolean wasSealed = inspection.sealed();
        InspectionStarted started = inspection.start(today.date(), today.now());
        if (wasSealed) {
            access.sealOpened(inspection);
        }
        outbox.publish(started);
        access.audit(inspection, "start-inspection", Map.of("on", started.startedOn()));
        return inspection;
    }

    @Transactional
    public Inspection extend(UUID id, ExpectedVersion expected, int days, String reason) {
        Inspection inspection = access.forUpdate(id, expected);
        inspection.extend(days, reason);
        access.audit(inspection, "extend-inspection", Map.of("days", days, "reason", reason));
        return inspection;
    }

    @Transactional
    public Inspection endFieldwork(UUID id, ExpectedVersion expected) {
        Inspection inspection = access.forUpdate(id, expected);
        inspection.endFieldwork(today.date());
        access.audit(inspection, "end-fieldwork", Map.of("on", today.date()));
        return inspection;
    }
}
