package vn.customs.inspections.infrastructure.staffing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.customs.inspections.domain.staffing.Unit;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.UnitCode;

/**
 * The unit read model (table {@code units}), kept by {@link UnitDirectoryProjection}. A unit is open until staffing
 * closes it ({@code UnitClosed} applied), whatever day the closing names.
 */
@ApplicationScoped
public class JpaUnitDirectory implements UnitDirectory {

    private static final String COLUMNS =
            "SELECT unit_code, name, kind, parent_code, remote_area, closed_on IS NULL FROM units";

    /**
     * The unit ?1 and every unit below it. {@code UNION} (not {@code UNION ALL}) drops rows already found, so a cycle
     * in bad data ends the walk instead of looping.
     */
    private static final String WITH_DESCENDANTS = "WITH RECURSIVE under(unit_code) AS (SELECT CAST(?1 AS varchar)"
            + " UNION SELECT u.unit_code FROM units u JOIN under ON u.parent_code = under.unit_code)"
            + " SELECT unit_code FROM under ORDER BY unit_code";

    private final EntityManager entityManager;

    JpaUnitDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Unit> find(UnitCode code) {
        List<Object[]> rows = entityManager
                .createNativeQuery(COLUMNS + " WHERE unit_code = ?1")
                .setParameter(1, code.value())
                .getResultList();
        return rows.stream().findFirst().map(JpaUnitDirectory::unit);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Unit> open() {
        List<Object[]> rows = entityManager
                .createNativeQuery(COLUMNS + " WHERE closed_on IS NULL ORDER BY unit_code")
                .getResultList();
        return rows.stream().map(JpaUnitDirectory::unit).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<UnitCode> withDescendants(UnitCode code) {
        List<String> rows = entityManager
                .createNativeQuery(WITH_DESCENDANTS)
                .setParameter(1, code.value())
                .getResultList();
        Set<UnitCode> units = new LinkedHashSet<>();
        rows.forEach(row -> units.add(new UnitCode(row)));
        return units;
    }

    private static Unit unit(Object[] row) {
        return new Unit(
                new UnitCode((String) row[0]),
                (String) row[1],
                (String) row[2],
                row[3] == null ? null : new UnitCode((String) row[3]),
                (Boolean) row[4],
                (Boolean) row[5]);
    }
}
