package vn.customs.hotline.domain.custody;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Custodians' requests to read reporters' identities. */
public interface IdentityRequestRepository {

    Optional<IdentityRequest> find(UUID id);

    /** The request, locked until the transaction ends: decisions and reads on one request do not race. */
    Optional<IdentityRequest> findForUpdate(UUID id);

    void add(IdentityRequest request);

    /**
     * Up to {@code limit} requests in the order they were made (by id, which is time-ordered) after {@code afterId},
     * only those in {@code status} when it is given.
     */
    List<IdentityRequest> list(IdentityRequestStatus status, UUID afterId, int limit);
}
