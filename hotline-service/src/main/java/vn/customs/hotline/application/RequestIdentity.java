package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.custody.IdentityRequest;
import vn.customs.hotline.domain.custody.IdentityRequestRepository;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/** A custodian asks to read the identity of a report's reporter, saying why; a second custodian will decide. */
@ApplicationScoped
public class RequestIdentity {

    private final ReportRepository reports;
    private final IdentityRequestRepository requests;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    RequestIdentity(
            ReportRepository reports,
            IdentityRequestRepository requests,
            Caller caller,
            AuditTrail audit,
            Today today) {
        this.reports = reports;
        this.requests = requests;
        this.caller = caller;
        this.audit = audit;
        this.today = today;
    }

    /** Records the request; 404 for an unknown report, 422 {@code anonymous-report} when it holds no identity. */
    @Transactional
    public IdentityRequest request(UUID reportId, String reason) {
        Report report = reports.find(reportId).orElseThrow(() -> new UnknownObjectException("report", reportId));
        if (report.sealedIdentity().isEmpty()) {
            throw new RuleViolationException(
                    "anonymous-report",
                    "Report " + reportId + " was filed without an identity: there is none to read.");
        }
        IdentityRequest request =
                IdentityRequest.request(TimeOrderedIds.next(), reportId, caller.subject(), reason, today.now());
        requests.add(request);
        // ids and subjects only: the reason stays in the request, the identity sealed in the report
        audit.record(
                "request-reporter-identity",
                "identity-request",
                request.id(),
                Map.of("report", reportId, "requestedBy", request.requestedBy()));
        return request;
    }
}
