package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.customs.inspections.domain.finding.CorrectiveAction;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.inspections.domain.finding.FindingRepository;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionStatus;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/**
 * Corrective actions: ordered by whoever may record findings on the inspection, started and completed by their owner
 * (or a lead), verified by a lead who is not the owner. Each transition needs the version last read.
 */
@ApplicationScoped
public class TrackCorrectiveActions {

    private final InspectionAccess access;
    private final RecordFinding authors;
    private final FindingRepository findings;
    private final Caller caller;
    private final Today today;

    TrackCorrectiveActions(
            InspectionAccess access, RecordFinding authors, FindingRepository findings, Caller caller, Today today) {
        this.access = access;
        this.authors = authors;
        this.findings = findings;
        this.caller = caller;
        this.today = today;
    }

    /** Orders an action on a finding of a started inspection that is not closed. */
    @Transactional
    public CorrectiveAction order(UUID findingId, String description, OfficerId owner, LocalDate dueDate) {
        Finding finding = findings.find(findingId).orElseThrow(() -> new UnknownObjectException("finding", findingId));
        Inspection inspection = access.forUpdate(finding.inspectionId());
        authors.requireAuthor(inspection);
        if (inspection.status().beforeStart() || inspection.status() == InspectionStatus.CLOSED) {
            throw new IllegalTransitionException(
                    "inspection", inspection.status(), "order corrective actions (only from the start to closing)");
        }
        CorrectiveAction action =
                finding.orderAction(TimeOrderedIds.next(), description, owner, dueDate, today.date(), today.now());
        findings.add(action);
        findings.flush();
        access.audit(
                inspection,
                "order-corrective-action",
                Map.of(
                        "finding", findingId.toString(),
                        "action", action.id().toString(),
                        "owner", owner.toString(),
                        "dueDate", dueDate.toString()));
        return action;
    }

    @Transactional
    public CorrectiveAction start(UUID actionId, ExpectedVersion expected) {
        CorrectiveAction action = forChange(actionId, expected);
        action.start(officer(), lead(), today.now());
        return saved(action, "start-corrective-action");
    }

    @Transactional
    public CorrectiveAction complete(UUID actionId, ExpectedVersion expected) {
        CorrectiveAction action = forChange(actionId, expected);
        action.complete(officer(), lead(), today.date(), today.now());
        return saved(action, "complete-corrective-action");
    }

    /** Only INSPECTION_LEAD reaches this (the edge checks the role); the domain refuses the owner. */
    @Transactional
    public CorrectiveAction verify(UUID actionId, ExpectedVersion expected) {
        CorrectiveAction action = forChange(actionId, expected);
        action.verify(officer(), caller.subject(), today.now());
        return saved(action, "verify-corrective-action");
    }

    private CorrectiveAction forChange(UUID actionId, ExpectedVersion expected) {
        CorrectiveAction action = findings.findActionForUpdate(actionId)
                .orElseThrow(() -> new UnknownObjectException("corrective action", actionId));
        access.visible(action.inspectionId());
        expected.requireMatches(action.version());
        return action;
    }

    private CorrectiveAction saved(CorrectiveAction action, String what) {
        findings.flush();
        access.audit(
                access.visible(action.inspectionId()),
                what,
                Map.of(
                        "finding", action.findingId().toString(),
                        "action", action.id().toString(),
                        "status", action.status().name()));
        return action;
    }

    private OfficerId officer() {
        return caller.officerUuid().map(OfficerId::new).orElse(null);
    }

    private boolean lead() {
        return caller.hasRole(Roles.INSPECTION_LEAD);
    }
}
