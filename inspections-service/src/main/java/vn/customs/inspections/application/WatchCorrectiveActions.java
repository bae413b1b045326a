package vn.customs.inspections.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.customs.contracts.inspections.CorrectiveActionOverdue;
import vn.customs.inspections.domain.finding.CorrectiveAction;
import vn.customs.inspections.domain.finding.CorrectiveActionStatus;
import vn.customs.inspections.domain.finding.FindingRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;

/**
 * Watches the due dates of corrective actions: an action still OPEN or IN_PROGRESS after its due date becomes
 * OVERDUE and publishes {@code CorrectiveActionOverdue} once. A round takes at most a batch of actions; the next round
 * takes the rest. Actions exist only on started inspections, so nothing here concerns a sealed one.
 */
@ApplicationScoped
public class WatchCorrectiveActions {

    private static final int BATCH = 200;

    private final FindingRepository findings;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    WatchCorrectiveActions(FindingRepository findings, Outbox outbox, AuditTrail audit, Today today) {
        this.findings = findings;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Scheduled(
            every = "{inspections.corrective-actions.watch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void watch() {
        round();
    }

    /** One round: how many actions it found overdue. */
    @Transactional
    public int round() {
        LocalDate date = today.date();
        int published = 0;
        for (UUID id : findings.pastDue(date, BATCH)) {
            CorrectiveAction action = findings.findActionForUpdate(id).orElseThrow();
            // another instance may have marked it between the query and the lock
            if (action.status().canMoveTo(CorrectiveActionStatus.OVERDUE) && date.isAfter(action.dueDate())) {
                CorrectiveActionOverdue overdue = action.markOverdue(date, today.now());
                outbox.publish(overdue);
                audit.record(
                        "corrective-action-overdue",
                        "inspection",
                        action.inspectionId(),
                        Map.of(
                                "finding", overdue.findingId(),
                                "action", overdue.actionId(),
                                "owner", overdue.ownerOfficerId(),
                                "dueDate", overdue.dueDate().toString()));
                published++;
            }
        }
        return published;
    }
}
