package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.evidence.EvidenceView;
import vn.customs.hotline.domain.protection.ReceiptCode;
import vn.customs.hotline.domain.protection.ReceiptCodes;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportMessage;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.time.Today;

/**
 * The reporter follows his report with the receipt alone: reads where it stands and the messages meant for him,
 * answers, adds evidence. A receipt that is unknown, wrong or malformed gets one and the same refusal, after the
 * same work (one slow hash), so that nothing tells them apart; the edge limits how often a client and a report may
 * be guessed at.
 */
@ApplicationScoped
public class FollowReport {

    /** A receipt's whole content: checked, with its lookup part for the per-report limit. */
    public static final String REFUSED = "for this receipt";

    private static final ReceiptCode MALFORMED = new ReceiptCode("00000000", "0000000000000000");

    /** What the reporter reads. */
    public record ReporterView(Report report, List<ReportMessage> messages) {}

    private final ReportRepository reports;
    private final ReceiptCodes receipts;
    private final AddEvidence evidence;
    private final AuditTrail audit;
    private final Today today;
    private final ClockRuleBook rules;

    FollowReport(
            ReportRepository reports,
            ReceiptCodes receipts,
            AddEvidence evidence,
            AuditTrail audit,
            Today today,
            ClockRuleBook rules) {
        this.rules = rules;
        this.reports = reports;
        this.receipts = receipts;
        this.evidence = evidence;
        this.audit = audit;
        this.today = today;
    }

    /** The lookup part a typed receipt names, for counting failures per report; empty when it does not parse. */
    public static Optional<String> lookupOf(String typed) {
        return ReceiptCode.parse(typed).map(ReceiptCode::lookup);
    }

    @Transactional
    public ReporterView read(String typedReceipt) {
        Report report = verified(typedReceipt);
        return new ReporterView(report, reports.messages(report.id(), true));
    }

    @Transactional
    public ReporterView answer(String typedReceipt, String text) {
        Report report = verified(typedReceipt);
        ReportMessage message = report.reporterWrites(TimeOrderedIds.next(), text, today.now());
        reports.add(message);
        audit.record("reporter-message", "report", report.id(), Map.of("messageId", message.id()));
        return new ReporterView(report, reports.messages(report.id(), true));
    }

    @Transactional
    public EvidenceView addEvidence(String typedReceipt, byte[] content) {
        Report report = verified(typedReceipt);
        return evidence.byReporter(report.id(), content, today.now());
    }

    /** The complainant withdraws his complaint, or ({@code part} not null) a part of it. */
    @Transactional
    public ReporterView withdraw(String typedReceipt, String part) {
        Report report = verified(typedReceipt);
        report.withdraw(part, today.now(), rules.inForceOn(today.date()));
        audit.record("withdraw-complaint", "report", report.id(), Map.of("whole", part == null, "by", "reporter"));
        return new ReporterView(report, reports.messages(report.id(), true));
    }

    private Report verified(String typed) {
        Optional<ReceiptCode> code = ReceiptCode.parse(typed);
        Optional<Report> report = code.flatMap(c -> reports.findByReceiptLookup(c.lookup()));
        // the slow hash runs whether the receipt parsed, named a report, or not: the same time for every refusal
        boolean matches = receipts.matches(
                code.orElse(MALFORMED), report.map(Report::receiptHash).orElse(null));
        if (!matches || code.isEmpty() || report.isEmpty()) {
            throw new UnknownObjectException("report", REFUSED);
        }
        return report.get();
    }
}
