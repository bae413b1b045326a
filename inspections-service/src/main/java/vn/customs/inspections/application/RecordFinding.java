package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.inspections.domain.finding.FindingRepository;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.staffing.UnitHeads;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/**
 * An inspector on the team (or a lead) records a finding on a started inspection; from CORRECTIVE up the unit's head
 * on the violation date is named as accountable. Publishes {@code FindingRecorded}.
 */
@ApplicationScoped
public class RecordFinding {

    private final InspectionAccess access;
    private final FindingRepository findings;
    private final UnitHeads heads;
    private final Outbox outbox;
    private final Caller caller;
    private final Today today;

    RecordFinding(
            InspectionAccess access,
            FindingRepository findings,
            UnitHeads heads,
            Outbox outbox,
            Caller caller,
            Today today) {
        this.access = access;
        this.findings = findings;
        this.heads = heads;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
    }

    @Transactional
    public Finding record(UUID inspectionId, Finding.Facts facts) {
        Inspection inspection = access.forUpdate(inspectionId);
        requireAuthor(inspection);
        if (!inspection.status().acceptsFindings()) {
            throw new IllegalTransitionException(
                    "inspection", inspection.status(), "take findings (only IN_PROGRESS or FIELDWORK_ENDED)");
        }
        Finding.Recorded recorded = Finding.record(
                TimeOrderedIds.next(),
                inspection.id(),
                inspection.unitCode(),
                facts,
                heads,
                caller.subject(),
                today.date(),
                today.now());
        Finding finding = recorded.finding();
        findings.add(finding);
        findings.flush();
        outbox.publish(recorded.event());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("finding", finding.id().toString());
        details.put("category", finding.category().name());
        details.put("severity", finding.severity().name());
        details.put("violationDate", finding.violationDate().toString());
        finding.officer().ifPresent(officer -> details.put("officer", officer.toString()));
        finding.accountableHead().ifPresent(head -> details.put("accountableHead", head.toString()));
        access.audit(inspection, "record-finding", details);
        return finding;
    }

    /** A lead, or an INSPECTOR who sits on the inspection's team (by his token's officer id); else 403 not-on-team. */
    void requireAuthor(Inspection inspection) {
        if (caller.hasRole(Roles.INSPECTION_LEAD)) {
            return;
        }
        boolean onTeam = caller.hasRole(Roles.INSPECTOR)
                && caller.officerUuid()
                        .map(OfficerId::new)
                        .map(inspection::onTeam)
                        .orElse(false);
        if (!onTeam) {
            throw new AccessRefusedException(
                    "not-on-team", "Only an inspection lead or an inspector on this inspection's team may do this.");
        }
    }
}
