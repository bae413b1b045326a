package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.custody.IdentityRequest;
import vn.customs.hotline.domain.custody.IdentityRequestRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/** A second custodian approves or refuses another's request to read a reporter's identity (four eyes). */
@ApplicationScoped
public class DecideIdentityRequest {

    private final IdentityRequestRepository requests;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    DecideIdentityRequest(IdentityRequestRepository requests, Caller caller, AuditTrail audit, Today today) {
        this.requests = requests;
        this.caller = caller;
        this.audit = audit;
        this.today = today;
    }

    /** Approves: the requester may read the identity for {@link IdentityRequest#APPROVAL_VALIDITY}. */
    @Transactional
    public IdentityRequest approve(UUID requestId, ExpectedVersion expected) {
        IdentityRequest request = load(requestId, expected);
        request.approve(caller.subject(), today.now());
        record("approve-identity-request", request);
        return request;
    }

    /** Refuses, with the reason for the refusal. */
    @Transactional
    public IdentityRequest refuse(UUID requestId, ExpectedVersion expected, String note) {
        IdentityRequest request = load(requestId, expected);
        request.refuse(caller.subject(), note, today.now());
        record("refuse-identity-request", request);
        return request;
    }

    private IdentityRequest load(UUID requestId, ExpectedVersion expected) {
        IdentityRequest request = requests.findForUpdate(requestId)
                .orElseThrow(() -> new UnknownObjectException("identity request", requestId));
        expected.requireMatches(request.version());
        return request;
    }

    private void record(String action, IdentityRequest request) {
        audit.record(
                action,
                "identity-request",
                request.id(),
                Map.of(
                        "report", request.reportId(),
                        "requestedBy", request.requestedBy(),
                        "decidedBy", request.decidedBy()));
    }
}
