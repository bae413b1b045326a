package vn.customs.inspections.infrastructure.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.inspections.domain.draw.Draw;
import vn.customs.inspections.domain.draw.DrawRepository;

/** Draws in PostgreSQL (tables {@code draws}, {@code draw_candidates}). */
@ApplicationScoped
public class JpaDrawRepository implements DrawRepository {

    private final EntityManager entityManager;

    JpaDrawRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Draw> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Draw.class, id));
    }

    @Override
    public void add(Draw draw) {
        entityManager.persist(draw);
    }

    @Override
    public List<Draw> after(UUID afterId, int limit) {
        return entityManager
                .createQuery("SELECT d FROM Draw d WHERE d.id > :after ORDER BY d.id", Draw.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }
}
