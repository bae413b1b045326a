package vn.customs.inspections.infrastructure.staffing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.customs.inspections.domain.staffing.DeclaredRelatives;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** The units where officers declared a relative (table {@code officer_relative_units}), kept by {@link StaffingProjection}. */
@ApplicationScoped
public class JpaDeclaredRelatives implements DeclaredRelatives {

    private final EntityManager entityManager;

    JpaDeclaredRelatives(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<UnitCode> unitsOf(OfficerId officer) {
        List<String> rows = entityManager
                .createNativeQuery(
                        "SELECT unit_code FROM officer_relative_units WHERE officer_id = ?1 ORDER BY unit_code")
                .setParameter(1, officer.value())
                .getResultList();
        Set<UnitCode> units = new LinkedHashSet<>();
        rows.forEach(row -> units.add(new UnitCode(row)));
        return units;
    }
}
