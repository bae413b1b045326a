package vn.customs.inspections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import vn.customs.inspections.domain.plan.InspectionPlan;
import vn.customs.inspections.domain.plan.PlanRepository;

/** Plans of thematic inspections in PostgreSQL. */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    private final EntityManager entityManager;

    JpaPlanRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<InspectionPlan> find(UUID id) {
        return Optional.ofNullable(entityManager.find(InspectionPlan.class, id));
    }

    @Override
    public Optional<InspectionPlan> findForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(InspectionPlan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(InspectionPlan plan) {
        entityManager.persist(plan);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
