package vn.customs.hotline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.hotline.domain.custody.IdentityRequest;
import vn.customs.hotline.domain.custody.IdentityRequestRepository;
import vn.customs.hotline.domain.custody.IdentityRequestStatus;

/** Identity requests in PostgreSQL. */
@ApplicationScoped
public class JpaIdentityRequestRepository implements IdentityRequestRepository {

    private final EntityManager entityManager;

    JpaIdentityRequestRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<IdentityRequest> find(UUID id) {
        return Optional.ofNullable(entityManager.find(IdentityRequest.class, id));
    }

    @Override
    public Optional<IdentityRequest> findForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(IdentityRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(IdentityRequest request) {
        entityManager.persist(request);
    }

    @Override
    public List<IdentityRequest> list(IdentityRequestStatus status, UUID afterId, int limit) {
        String byStatus = status == null ? "" : " and r.status = :status";
        var query = entityManager
                .createQuery(
                        "from IdentityRequest r where r.id > :after" + byStatus + " order by r.id",
                        IdentityRequest.class)
                .setParameter("after", afterId)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }
}
