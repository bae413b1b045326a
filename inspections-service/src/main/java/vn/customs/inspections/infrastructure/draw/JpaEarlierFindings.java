package vn.customs.inspections.infrastructure.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.customs.inspections.domain.draw.EarlierFindings;
import vn.customs.platform.domain.UnitCode;

/**
 * Earlier findings at a unit, counted from the {@code inspections} table: each earlier inspection that reached its
 * conclusion (CONCLUDED, FOLLOW_UP or CLOSED) counts once, until the findings themselves are kept.
 */
@ApplicationScoped
public class JpaEarlierFindings implements EarlierFindings {

    private final EntityManager entityManager;

    JpaEarlierFindings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int countAt(UnitCode unit) {
        Number count = (Number) entityManager
                .createNativeQuery("SELECT count(*) FROM inspections WHERE unit_code = ?1"
                        + " AND status IN ('CONCLUDED', 'FOLLOW_UP', 'CLOSED')")
                .setParameter(1, unit.value())
                .getSingleResult();
        return count.intValue();
    }
}
