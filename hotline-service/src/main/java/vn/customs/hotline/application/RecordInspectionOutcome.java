package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import vn.customs.contracts.inspections.InspectionConcluded;
import vn.customs.hotline.domain.report.MessageVisibility;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.time.Today;

/**
 * Inspections concluded the inspection a report asked for: the report keeps the outcome, and the reporter reads it in
 * plain words with his receipt. An inspection no report asked for is none of the hotline's business.
 */
@ApplicationScoped
public class RecordInspectionOutcome {

    /** The author of messages the service writes itself. */
    static final String SERVICE = "hotline-service";

    private final ReportRepository reports;
    private final AuditTrail audit;
    private final Today today;

    RecordInspectionOutcome(ReportRepository reports, AuditTrail audit, Today today) {
        this.reports = reports;
        this.audit = audit;
        this.today = today;
    }

    /** Runs in the inbox's transaction. */
    public void record(InspectionConcluded concluded) {
        if (concluded.requestedByReportId() == null) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(concluded.requestedByReportId());
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException("requestedByReportId is not a report id");
        }
        Report report = reports.findForUpdate(id)
                .orElseThrow(
                        () -> new EventRejectedException("inspection concluded for report " + id + ", unknown here"));
        String words = concluded.findings() == 0
                ? "The inspection your report led to is concluded. It found no breach."
                : "The inspection your report led to is concluded. It found " + concluded.findings()
                        + (concluded.findings() == 1 ? " breach" : " breaches") + ", which are being acted on.";
        try {
            report.recordInspectionOutcome(words);
        } catch (vn.customs.platform.domain.RuleViolationException e) {
            throw new EventRejectedException("report " + id + " asked for no inspection");
        }
        reports.add(report.handlerWrites(
                TimeOrderedIds.next(), SERVICE, MessageVisibility.REPORTER_VISIBLE, words, today.now()));
        audit.record(
                "inspection-outcome",
                "report",
                id,
                Map.of("inspectionId", concluded.inspectionId(), "findings", concluded.findings()));
    }
}
