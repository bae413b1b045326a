package vn.customs.hotline.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.custody.IdentityRequest;
import vn.customs.hotline.domain.custody.IdentityRequestRepository;
import vn.customs.hotline.domain.protection.IdentityVault;
import vn.customs.hotline.domain.protection.ReporterIdentity;
import vn.customs.hotline.domain.protection.SealedIdentity;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.DomainException;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * The custodian who made an approved request reads the reporter's identity: the read is counted on the request and
 * entered in the audit chain in the same transaction as the opening, so that no identity leaves unrecorded.
 */
@ApplicationScoped
public class ReadIdentity {

    private final IdentityRequestRepository requests;
    private final ReportRepository reports;
    private final IdentityVault vault;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    ReadIdentity(
            IdentityRequestRepository requests,
            ReportRepository reports,
            IdentityVault vault,
            Caller caller,
            AuditTrail audit,
            Today today) {
        this.requests = requests;
        this.reports = reports;
        this.vault = vault;
        this.caller = caller;
        this.audit = audit;
        this.today = today;
    }

    /**
     * The identity under request {@code requestId}: 403 for anyone but the requester, 409 before approval or after
     * refusal, 422 once the approval lapsed; each refusal is audited as well.
     */
    @Transactional
    public ReporterIdentity read(UUID requestId) {
        IdentityRequest request = requests.findForUpdate(requestId)
                .orElseThrow(() -> new UnknownObjectException("identity request", requestId));
        try {
            request.read(caller.subject(), today.now());
        } catch (DomainException refused) {
            recordRefusal(request, refused);
            throw refused;
        }
        SealedIdentity sealed = reports.find(request.reportId())
                .flatMap(report -> report.sealedIdentity())
                .orElseThrow(() -> new IllegalStateException(
                        "report " + request.reportId() + " of identity request " + requestId + " holds no identity"));
        ReporterIdentity identity = vault.open(request.reportId(), sealed);
        // who read which report's identity, and the how-many-th read: never a value of the identity
        audit.record(
                "read-reporter-identity",
                "identity-request",
                requestId,
                Map.of("report", request.reportId(), "readBy", request.requestedBy(), "read", request.reads()));
        return identity;
    }

    /**
     * A refused attempt is in the audit chain too (who tried to read which report's identity, and which rule stopped
     * him), in a transaction of its own: the read's transaction rolls back with the refusal.
     */
    private void recordRefusal(IdentityRequest request, DomainException refused) {
        String attemptedBy = caller.subject();
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record(
                        "refuse-identity-read",
                        "identity-request",
                        request.id(),
                        Map.of(
                                "report", request.reportId(),
                                "requestedBy", request.requestedBy(),
                                "attemptedBy", attemptedBy,
                                "rule", refused.code())));
    }
}
