package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.report.Outcome;
import vn.customs.hotline.domain.report.Report;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;

/**
 * The conclusion and what follows it: the outcome goes out with the officers it concerns, a substantiated report
 * asks inspections for a targeted inspection, the actions it requires are tracked, and the report closes when they
 * are done.
 */
@ApplicationScoped
public class ConcludeReport {

    private final HandlerAccess access;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    ConcludeReport(HandlerAccess access, Outbox outbox, AuditTrail audit, Today today) {
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Report conclude(
            UUID id, ExpectedVersion expected, Outcome outcome, String conclusion, List<OfficerId> officers) {
        Report report = access.forAction(id, expected);
        outbox.publish(report.conclude(outcome, conclusion, officers, today.now()));
        audit.record(
                "conclude-report",
                "report",
                id,
                Map.of("outcome", outcome.name(), "withinLimit", report.concludedWithinLimit()));
        if (outcome.againstTheAccused() && report.inspectionRequestedAt() == null) {
            String reason = "Report concluded " + outcome.name();
            outbox.publish(report.requestInspection(reason, today.now()));
            audit.record("request-inspection", "report", id, Map.of("reason", reason));
        }
        return report;
    }

    @Transactional
    public Report addAction(UUID id, ExpectedVersion expected, String description, LocalDate dueOn) {
        Report report = access.forAction(id, expected);
        report.addAction(description, dueOn);
        audit.record(
                "add-action", "report", id, Map.of("action", report.actions().size() - 1));
        return report;
    }

    @Transactional
    public Report completeAction(UUID id, ExpectedVersion expected, int index, String note) {
        Report report = access.forAction(id, expected);
        report.completeAction(index, note, today.now());
        audit.record("complete-action", "report", id, Map.of("action", index));
        return report;
    }

    @Transactional
    public Report close(UUID id, ExpectedVersion expected) {
        Report report = access.forAction(id, expected);
        report.close(today.now());
        audit.record("close-report", "report", id, Map.of());
        return report;
    }
}
