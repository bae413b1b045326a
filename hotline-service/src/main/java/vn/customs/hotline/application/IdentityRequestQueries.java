package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.customs.hotline.domain.custody.IdentityRequest;
import vn.customs.hotline.domain.custody.IdentityRequestRepository;
import vn.customs.hotline.domain.custody.IdentityRequestStatus;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;

/**
 * Identity requests for custodians: every custodian sees every request, so that a second one can decide it. The
 * requests carry no identity; reading one is {@link ReadIdentity}.
 */
@ApplicationScoped
public class IdentityRequestQueries {

    private final IdentityRequestRepository requests;

    IdentityRequestQueries(IdentityRequestRepository requests) {
        this.requests = requests;
    }

    /** Requests in the order made, in {@code status} when given; one more than the page's limit, to tell a next. */
    public List<IdentityRequest> list(IdentityRequestStatus status, PageRequest page) {
        return requests.list(status, page.afterId(), page.limit() + 1);
    }

    /** One request; 404 when unknown. */
    public IdentityRequest request(UUID id) {
        return requests.find(id).orElseThrow(() -> new UnknownObjectException("identity request", id));
    }
}
