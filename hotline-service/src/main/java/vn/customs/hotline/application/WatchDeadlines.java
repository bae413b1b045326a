package vn.customs.hotline.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;

/**
 * Watches the legal deadlines: a report whose running deadline passed publishes {@code ReportDeadlineBreached} once
 * and moves to the next level's queue. Runs every minute; a round takes at most a batch of reports.
 */
@ApplicationScoped
public class WatchDeadlines {

    private static final int BATCH = 200;

    private final ReportRepository reports;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    WatchDeadlines(ReportRepository reports, Outbox outbox, AuditTrail audit, Today today) {
        this.reports = reports;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Scheduled(
            every = "{hotline.deadline-watch.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void watch() {
        round();
    }

    /** One round: how many breaches it published. */
    @Transactional
    public int round() {
        Instant now = today.now();
        int published = 0;
        for (UUID id : reports.deadlinesPassed(now, BATCH)) {
            Report report = reports.findForUpdate(id).orElseThrow();
            if (report.legalClock()
                    .newlyBreached(
                            now,
                            report.status().clockPhase()
                                    == vn.customs.hotline.domain.report.ReportStatus.ClockPhase.SETTLEMENT)) {
                var breached = report.breachDeadline(now);
                outbox.publish(breached);
                audit.record(
                        "deadline-breached",
                        "report",
                        id,
                        Map.of("deadline", breached.deadline(), "escalatedTo", breached.escalatedTo()));
                published++;
            }
        }
        return published;
    }
}
