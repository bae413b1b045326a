package vn.customs.inspections.infrastructure.staffing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.inspections.domain.staffing.HeadedUnits;
import vn.customs.inspections.domain.staffing.UnitHeads;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * The history of heads of units (table {@code unit_heads}), kept by {@link StaffingProjection}: the head on a day is
 * the one named by the latest change that took effect on or before that day.
 */
@ApplicationScoped
public class JpaUnitHeads implements UnitHeads, HeadedUnits {

    private final EntityManager entityManager;

    JpaUnitHeads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<OfficerId> headOn(UnitCode unit, LocalDate day) {
        // a one-element array per row: the head may be null (vacant), which a plain single-column result hides
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT head_officer_id, valid_from FROM unit_heads"
                        + " WHERE unit_code = ?1 AND valid_from <= ?2 ORDER BY valid_from DESC LIMIT 1")
                .setParameter(1, unit.value())
                .setParameter(2, day)
                .getResultList();
        return rows.stream()
                .findFirst()
                .flatMap(row -> Optional.ofNullable((UUID) row[0]))
                .map(OfficerId::new);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<UnitCode> headedBy(OfficerId officer, LocalDate day) {
        List<String> units = entityManager
                .createNativeQuery("SELECT unit_code FROM (SELECT DISTINCT ON (unit_code) unit_code, head_officer_id"
                        + " FROM unit_heads WHERE valid_from <= ?2 ORDER BY unit_code, valid_from DESC) latest"
                        + " WHERE head_officer_id = ?1")
                .setParameter(1, officer.value())
                .setParameter(2, day)
                .getResultList();
        return units.stream().map(UnitCode::new).collect(java.util.stream.Collectors.toSet());
    }
}
