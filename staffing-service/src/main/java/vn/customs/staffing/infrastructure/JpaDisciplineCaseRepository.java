package vn.customs.staffing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.platform.domain.OfficerId;
import vn.customs.staffing.domain.discipline.CaseOrigin;
import vn.customs.staffing.domain.discipline.CaseStatus;
import vn.customs.staffing.domain.discipline.DisciplineCase;
import vn.customs.staffing.domain.discipline.DisciplineCaseRepository;

/** Discipline cases in PostgreSQL. */
@ApplicationScoped
public class JpaDisciplineCaseRepository implements DisciplineCaseRepository {

    private final EntityManager entityManager;

    JpaDisciplineCaseRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<DisciplineCase> find(UUID id) {
        return Optional.ofNullable(entityManager.find(DisciplineCase.class, id));
    }

    @Override
    public Optional<DisciplineCase> byOrigin(UUID officerId, CaseOrigin origin, String originId) {
        return entityManager
                .createQuery(
                        "SELECT c FROM DisciplineCase c WHERE c.officerId = :officer AND c.origin = :origin"
                                + " AND c.originId = :originId",
                        DisciplineCase.class)
                .setParameter("officer", new OfficerId(officerId))
                .setParameter("origin", origin)
                .setParameter("originId", originId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<DisciplineCase> openCasesOf(UUID officerId) {
        return entityManager
                .createQuery(
                        "SELECT c FROM DisciplineCase c WHERE c.officerId = :officer AND c.status = :open",
                        DisciplineCase.class)
                .setParameter("officer", new OfficerId(officerId))
                .setParameter("open", CaseStatus.OPEN)
                .getResultList();
    }

    @Override
    public void add(DisciplineCase disciplineCase) {
        entityManager.persist(disciplineCase);
    }
}
