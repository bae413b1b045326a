package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.customs.staffing.domain.rotation.Tenure;

/**
 * Staffing's KPIs per unit, for the service's own metrics (no caller: the figures of {@code /q/metrics} are the
 * department's): officers due and overdue for rotation on a day (the rule of {@link FindRotationStandings}, as the
 * statistics count it), rotations that took effect in a period, discipline cases open now.
 */
@ApplicationScoped
public class StaffingKpis {

    /** Counts by unit code. */
    public record Figures(
            Map<String, Long> rotationsDue,
            Map<String, Long> rotationsOverdue,
            Map<String, Long> rotationsDone,
            Map<String, Long> disciplineCasesOpen) {}

    /** The unit a discipline case counts under when it names none. */
    public static final String NO_UNIT = "NONE";

    private final EntityManager entityManager;
    private final FindRotationStandings standings;

    StaffingKpis(EntityManager entityManager, FindRotationStandings standings) {
        this.entityManager = entityManager;
        this.standings = standings;
    }

    /** Standings on {@code day}, rotations from {@code from} to {@code to} (both included), cases open now. */
    @Transactional
    public Figures of(LocalDate day, LocalDate from, LocalDate to) {
        Map<String, Long> due = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        for (RotationStanding standing : standings.on(day, null, null)) {
            (standing.standing() == Tenure.Standing.OVERDUE ? overdue : due)
                    .merge(standing.posting().unitCode(), 1L, Long::sum);
        }
        return new Figures(
                due,
                overdue,
                counts(entityManager
                        .createNativeQuery(
                                "SELECT unit_code, COUNT(*) FROM postings WHERE valid_from BETWEEN :from AND :to"
                                        + " AND kind IN ('PERIODIC_ROTATION', 'CADRE_ROTATION') GROUP BY unit_code")
                        .setParameter("from", from)
                        .setParameter("to", to)),
                counts(entityManager.createNativeQuery("SELECT COALESCE(unit_code, '" + NO_UNIT + "'), COUNT(*)"
                        + " FROM discipline_cases WHERE status = 'OPEN' GROUP BY 1")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> counts(jakarta.persistence.Query query) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
