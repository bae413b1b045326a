package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.assignment.Conflict;
import vn.customs.hotline.domain.report.Assignment;
import vn.customs.hotline.domain.report.Report;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;

/**
 * Names a report's receiver, verifier and decider, refusing anyone with a conflict of interest: the accused, anyone
 * posted at the accused unit now or in the last years, anyone who shared a posting with the accused officer.
 */
@ApplicationScoped
public class AssignHandlers {

    private final HandlerAccess access;
    private final AuditTrail audit;

    AssignHandlers(HandlerAccess access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Report assign(UUID id, ExpectedVersion expected, OfficerId receiver, OfficerId verifier, OfficerId decider) {
        Report report = access.forAction(id, expected);
        Assignment assignment;
        try {
            assignment = new Assignment(receiver, verifier, decider);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("three-handlers", e.getMessage() + ".");
        }
        refuse("receiver", receiver, report);
        refuse("verifier", verifier, report);
        refuse("decider", decider, report);
        report.assign(assignment);
        audit.record(
                "assign-report",
                "report",
                id,
                Map.of(
                        "receiver",
                        receiver.toString(),
                        "verifier",
                        verifier.toString(),
                        "decider",
                        decider.toString()));
        return report;
    }

    private void refuse(String role, OfficerId officer, Report report) {
        List<Conflict> conflicts = access.conflictsOf(report, officer);
        if (!conflicts.isEmpty()) {
            Conflict first = conflicts.get(0);
            throw new RuleViolationException(
                    "conflict-of-interest",
                    "The " + role + " " + officer + " cannot handle this report: " + first.detail());
        }
    }
}
