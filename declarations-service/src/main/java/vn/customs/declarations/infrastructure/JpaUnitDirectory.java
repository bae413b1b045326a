package vn.customs.declarations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.customs.declarations.domain.unit.Unit;
import vn.customs.declarations.domain.unit.UnitDirectory;

/** The unit read model (table {@code units}), kept by {@link UnitDirectoryProjection}. */
@ApplicationScoped
public class JpaUnitDirectory implements UnitDirectory {

    private final EntityManager entityManager;

    JpaUnitDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Unit> find(String code) {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT unit_code, kind, parent_code, closed_on FROM units WHERE unit_code = ?1")
                .setParameter(1, code)
                .getResultList();
        return rows.stream().findFirst().map(JpaUnitDirectory::unit);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> gatesUnder(String unitCode) {
        List<String> gates = entityManager
                .createNativeQuery("WITH RECURSIVE below (unit_code, kind, depth) AS ("
                        + " SELECT unit_code, kind, 0 FROM units WHERE unit_code = ?1"
                        + " UNION ALL SELECT u.unit_code, u.kind, b.depth + 1 FROM units u"
                        + " JOIN below b ON u.parent_code = b.unit_code WHERE b.depth < ?2)"
                        + " SELECT DISTINCT unit_code FROM below WHERE kind = ?3")
                .setParameter(1, unitCode)
                .setParameter(2, MAX_DEPTH)
                .setParameter(3, Unit.GATE)
                .getResultList();
        return new TreeSet<>(gates);
    }

    static Unit unit(Object[] row) {
        return new Unit((String) row[0], (String) row[1], (String) row[2], day(row[3]));
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
