package vn.customs.inspections.infrastructure.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.customs.inspections.domain.draw.EarlierFindings;
import vn.customs.platform.domain.UnitCode;

/**
 * Earlier findings at a unit, from the {@code findings} table: every finding of any severity counts once. Findings are
 * recorded only on started inspections, so a sealed inspection never weighs in a draw.
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
                .createNativeQuery("SELECT count(*) FROM findings WHERE unit_code = ?1")
                .setParameter(1, unit.value())
                .getSingleResult();
        return count.intValue();
    }
}
