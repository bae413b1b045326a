package vn.customs.staffing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.customs.staffing.domain.briefing.Briefing;
import vn.customs.staffing.domain.briefing.BriefingRepository;

/** Discipline briefings in PostgreSQL. */
@ApplicationScoped
public class JpaBriefingRepository implements BriefingRepository {

    private final EntityManager entityManager;

    JpaBriefingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(Briefing briefing) {
        entityManager.persist(briefing);
        entityManager.flush();
    }
}
