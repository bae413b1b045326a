package vn.customs.inspections.infrastructure.staffing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.customs.inspections.domain.team.PreviousTeams;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * The teams of earlier inspections, read from the inspections' own tables ({@code inspections}, {@code
 * inspection_team}). Every query takes only inspections with a {@code started_on}: a sealed surprise inspection has
 * none until it starts, so what this answers can never reveal one (that is why a refusal may name the previous team).
 */
@ApplicationScoped
public class JpaPreviousTeams implements PreviousTeams {

    /** Stands for "no inspection excluded": no inspection has the nil id. */
    private static final UUID NONE = new UUID(0, 0);

    private final EntityManager entityManager;

    JpaPreviousTeams(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<OfficerId> ofLastInspectionAt(UnitCode unit, UUID excludingInspection) {
        List<UUID> rows = entityManager
                .createNativeQuery("SELECT DISTINCT t.officer_id FROM inspection_team t"
                        + " JOIN inspections i ON i.id = t.inspection_id"
                        + " WHERE i.unit_code = ?1 AND i.id <> ?2 AND i.started_on = ("
                        + "  SELECT max(l.started_on) FROM inspections l"
                        + "  WHERE l.unit_code = ?1 AND l.id <> ?2 AND l.started_on IS NOT NULL)"
                        + " ORDER BY t.officer_id")
                .setParameter(1, unit.value())
                .setParameter(2, excludingInspection == null ? NONE : excludingInspection)
                .getResultList();
        Set<OfficerId> team = new LinkedHashSet<>();
        rows.forEach(row -> team.add(new OfficerId(row)));
        return team;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<OfficerId, LocalDate> lastInspectedOn(UnitCode unit, UUID excludingInspection) {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT t.officer_id, max(i.started_on) FROM inspection_team t"
                        + " JOIN inspections i ON i.id = t.inspection_id"
                        + " WHERE i.unit_code = ?1 AND i.id <> ?2 AND i.started_on IS NOT NULL"
                        + " GROUP BY t.officer_id ORDER BY t.officer_id")
                .setParameter(1, unit.value())
                .setParameter(2, excludingInspection == null ? NONE : excludingInspection)
                .getResultList();
        Map<OfficerId, LocalDate> days = new LinkedHashMap<>();
        rows.forEach(row -> days.put(new OfficerId((UUID) row[0]), Rows.day(row[1])));
        return days;
    }
}
