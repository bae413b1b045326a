package vn.customs.staffing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import vn.customs.staffing.domain.rotation.RotationPlan;
import vn.customs.staffing.domain.rotation.RotationPlanRepository;

/** Rotation plans in PostgreSQL. */
@ApplicationScoped
public class JpaRotationPlanRepository implements RotationPlanRepository {

    private final EntityManager entityManager;

    JpaRotationPlanRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<RotationPlan> find(UUID id) {
        return Optional.ofNullable(entityManager.find(RotationPlan.class, id));
    }

    @Override
    public void add(RotationPlan plan) {
        entityManager.persist(plan);
    }
}
