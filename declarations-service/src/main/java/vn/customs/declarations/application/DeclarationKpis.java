package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The declaration KPIs of a period for every gate at once, for the service's own metrics (no caller: the figures of
 * {@code /q/metrics} are the department's). They count as {@link DeclarationStatistics} does: declarations submitted in
 * the period, the e-declaration share of all of them, the on-time share of those cleared; plus the charter breaches
 * (a clock that ran out, or a clearance outside the charter).
 */
@ApplicationScoped
public class DeclarationKpis {

    /** One gate's figures; a share is null when there is nothing to divide. */
    public record Gate(String gate, long lodged, long electronic, long cleared, long clearedOnTime, long breaches) {

        public Double electronicSharePercent() {
            return percent(electronic, lodged);
        }

        public Double onTimeSharePercent() {
            return percent(clearedOnTime, cleared);
        }

        private static Double percent(long part, long whole) {
            return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
        }
    }

    private final EntityManager entityManager;

    DeclarationKpis(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The figures of each gate that has a declaration submitted from {@code from} (included) to {@code to}. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Gate> perGate(Instant from, Instant to) {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT gate_code, COUNT(*),"
                        + " COUNT(*) FILTER (WHERE submission_channel = 'ELECTRONIC'),"
                        + " COUNT(*) FILTER (WHERE status = 'CLEARED'),"
                        + " COUNT(*) FILTER (WHERE status = 'CLEARED' AND within_charter),"
                        + " COUNT(*) FILTER (WHERE breach_notified_at IS NOT NULL OR within_charter = false)"
                        + " FROM declarations WHERE submitted_at >= ?1 AND submitted_at < ?2"
                        + " GROUP BY gate_code ORDER BY gate_code")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .getResultList();
        return rows.stream()
                .map(row -> new Gate(
                        (String) row[0],
                        number(row[1]),
                        number(row[2]),
                        number(row[3]),
                        number(row[4]),
                        number(row[5])))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
