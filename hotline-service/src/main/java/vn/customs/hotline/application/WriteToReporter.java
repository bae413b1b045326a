package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.report.MessageVisibility;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportMessage;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/** A handler writes on a report: to the reporter (he reads it with his receipt) or an internal note. */
@ApplicationScoped
public class WriteToReporter {

    private final HandlerAccess access;
    private final ReportRepository reports;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    WriteToReporter(HandlerAccess access, ReportRepository reports, Caller caller, AuditTrail audit, Today today) {
        this.access = access;
        this.reports = reports;
        this.caller = caller;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public ReportMessage write(UUID id, MessageVisibility visibility, String text) {
        Report report = access.forAction(id, new ExpectedVersion(java.util.Set.of(), true));
        ReportMessage message =
                report.handlerWrites(TimeOrderedIds.next(), caller.subject(), visibility, text, today.now());
        reports.add(message);
        audit.record(
                "handler-message", "report", id, Map.of("messageId", message.id(), "visibility", visibility.name()));
        return message;
    }
}
