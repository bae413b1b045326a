package vn.customs.inspections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import vn.customs.inspections.domain.finding.CorrectiveActionStatus;
import vn.customs.inspections.domain.inspection.InspectionFindings;

/** What an inspection's conclusion and closing need of its findings, counted in PostgreSQL. */
@ApplicationScoped
public class JpaInspectionFindings implements InspectionFindings {

    private final EntityManager entityManager;

    JpaInspectionFindings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int countOf(UUID inspectionId) {
        return entityManager
                .createQuery("select count(f) from Finding f where f.inspectionId = :inspection", Long.class)
                .setParameter("inspection", inspectionId)
                .getSingleResult()
                .intValue();
    }

    @Override
    public long unsettledActionsOf(UUID inspectionId) {
        return entityManager
                .createQuery(
                        "select count(a) from CorrectiveAction a where a.inspectionId = :inspection"
                                + " and a.status <> :verified",
                        Long.class)
                .setParameter("inspection", inspectionId)
                .setParameter("verified", CorrectiveActionStatus.VERIFIED)
                .getSingleResult();
    }
}
