package vn.customs.inspections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;

/** Inspections in PostgreSQL. */
@ApplicationScoped
public class JpaInspectionRepository implements InspectionRepository {

    private final EntityManager entityManager;

    JpaInspectionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Inspection> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Inspection.class, id));
    }

    @Override
    public Optional<Inspection> findForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Inspection.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Inspection> findByBasis(Basis basis, String reference) {
        return entityManager
                .createQuery(
                        "from Inspection i where i.basis = :basis and i.basisReference = :reference order by i.id",
                        Inspection.class)
                .setParameter("basis", basis)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Inspection inspection) {
        entityManager.persist(inspection);
    }
}
