package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.evidence.Evidence;
import vn.customs.hotline.domain.evidence.EvidenceRepository;
import vn.customs.hotline.domain.evidence.EvidenceView;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.UnknownObjectException;

/**
 * Handlers read a report's evidence: the list without content, and one piece with it. Each download is in the audit
 * trail: a photo or a document may say who the reporter is.
 */
@ApplicationScoped
public class EvidenceQueries {

    private final ReportRepository reports;
    private final EvidenceRepository evidence;
    private final AuditTrail audit;

    EvidenceQueries(ReportRepository reports, EvidenceRepository evidence, AuditTrail audit) {
        this.reports = reports;
        this.evidence = evidence;
        this.audit = audit;
    }

    /** What a report carries, in the order added; 404 for an unknown report. */
    @Transactional
    public List<EvidenceView> list(UUID reportId) {
        requireReport(reportId);
        return evidence.list(reportId);
    }

    /** One piece with its content, recorded in the audit trail; 404 unless it belongs to that report. */
    @Transactional
    public Content content(UUID reportId, UUID evidenceId) {
        requireReport(reportId);
        Evidence piece = evidence.find(reportId, evidenceId)
                .orElseThrow(() -> new UnknownObjectException("evidence", evidenceId));
        audit.record("read-evidence", "report", reportId, Map.of("evidenceId", evidenceId));
        return new Content(piece.view(), piece.content());
    }

    private void requireReport(UUID reportId) {
        if (reports.find(reportId).isEmpty()) {
            throw new UnknownObjectException("report", reportId);
        }
    }

    /** A piece of evidence and its bytes. */
    public record Content(EvidenceView evidence, byte[] bytes) {}
}
