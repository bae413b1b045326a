package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.evidence.Evidence;
import vn.customs.hotline.domain.evidence.EvidenceInspector;
import vn.customs.hotline.domain.evidence.EvidenceRepository;
import vn.customs.hotline.domain.evidence.EvidenceSource;
import vn.customs.hotline.domain.evidence.EvidenceView;
import vn.customs.hotline.domain.evidence.InspectedEvidence;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.time.Today;

/**
 * Attaches a file to a report, from the reporter (who found the report with his receipt) or from a handler: the
 * report must still take evidence, the file is inspected by content and stored cleaned, and the audit trail records
 * the type and size (never the content, never a file name).
 */
@ApplicationScoped
public class AddEvidence {

    private final ReportRepository reports;
    private final EvidenceRepository evidence;
    private final EvidenceInspector inspector;
    private final AuditTrail audit;
    private final Today today;

    AddEvidence(
            ReportRepository reports,
            EvidenceRepository evidence,
            EvidenceInspector inspector,
            AuditTrail audit,
            Today today) {
        this.reports = reports;
        this.evidence = evidence;
        this.inspector = inspector;
        this.audit = audit;
        this.today = today;
    }

    /** The reporter adds a file; the caller has already found the report by its receipt. */
    @Transactional
    public EvidenceView byReporter(UUID reportId, byte[] content, Instant now) {
        return add(reportId, EvidenceSource.REPORTER, null, content, now);
    }

    /** A handler adds a file to a report, under his subject. */
    @Transactional
    public EvidenceView byHandler(UUID reportId, String handlerSubject, byte[] content) {
        return add(reportId, EvidenceSource.HANDLER, handlerSubject, content, today.now());
    }

    private EvidenceView add(UUID reportId, EvidenceSource source, String handlerSubject, byte[] content, Instant now) {
        // locked, so that two uploads at once cannot both take the twentieth place
        Report report =
                reports.findForUpdate(reportId).orElseThrow(() -> new UnknownObjectException("report", reportId));
        Evidence.requireTakesEvidence(report.status()); // before the file is even read
        InspectedEvidence inspected = inspector.inspect(content);
        Evidence piece = Evidence.attach(
                TimeOrderedIds.next(),
                reportId,
                report.status(),
                evidence.count(reportId),
                source,
                handlerSubject,
                inspected,
                now);
        evidence.add(piece);
        EvidenceView view = piece.view();
        audit.record(
                "add-evidence",
                "report",
                reportId,
                Map.of(
                        "evidenceId", view.id(),
                        "mediaType", view.mediaType(),
                        "bytes", view.sizeBytes(),
                        "source", source.name()));
        return view;
    }
}
