package vn.customs.inspections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.inspections.domain.finding.CorrectiveAction;
import vn.customs.inspections.domain.finding.CorrectiveActionStatus;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.inspections.domain.finding.FindingRepository;

/** Findings and corrective actions in PostgreSQL. */
@ApplicationScoped
public class JpaFindingRepository implements FindingRepository {

    private final EntityManager entityManager;

    JpaFindingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Finding> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Finding.class, id));
    }

    @Override
    public void add(Finding finding) {
        entityManager.persist(finding);
    }

    @Override
    public Optional<CorrectiveAction> findAction(UUID id) {
        return Optional.ofNullable(entityManager.find(CorrectiveAction.class, id));
    }

    @Override
    public Optional<CorrectiveAction> findActionForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(CorrectiveAction.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(CorrectiveAction action) {
        entityManager.persist(action);
    }

    @Override
    public List<CorrectiveAction> actionsOf(UUID findingId) {
        return entityManager
                .createQuery(
                        "from CorrectiveAction a where a.findingId = :finding order by a.orderedAt, a.id",
                        CorrectiveAction.class)
                .setParameter("finding", findingId)
                .getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public List<UUID> pastDue(LocalDate today, int limit) {
        return entityManager
                .createQuery(
                        "select a.id from CorrectiveAction a where a.status in :pending and a.dueDate < :today"
                                + " order by a.dueDate, a.id",
                        UUID.class)
                .setParameter("pending", List.of(CorrectiveActionStatus.OPEN, CorrectiveActionStatus.IN_PROGRESS))
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }
}
