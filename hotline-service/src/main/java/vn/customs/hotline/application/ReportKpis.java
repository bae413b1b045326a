package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.customs.hotline.domain.report.ReportStatus;

/**
 * The hotline's KPIs per unit, for the service's own metrics (no caller: the figures of {@code /q/metrics} are the
 * department's, and name no reporter): reports received in a period, as {@link ReportStatistics} counts them, and the
 * reports open now and, of those, past their legal deadline (not paused), whenever they were received, which is what
 * an operator has to act on.
 */
@ApplicationScoped
public class ReportKpis {

    /** One unit's figures. */
    public record Unit(String unit, long received, long open, long overdue) {}

    private static final String OPEN_STATUSES = Arrays.stream(ReportStatus.values())
            .filter(ReportStatus::open)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private final EntityManager entityManager;

    ReportKpis(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The units that received a report from {@code from} (included) to {@code to}, or have one open at {@code now}. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Unit> perUnit(Instant from, Instant to, Instant now) {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT unit_code,"
                        + " COUNT(*) FILTER (WHERE received_at >= :from AND received_at < :to),"
                        + " COUNT(*) FILTER (WHERE status IN (" + OPEN_STATUSES + ")),"
                        + " COUNT(*) FILTER (WHERE status IN (" + OPEN_STATUSES + ")"
                        + " AND paused_since IS NULL AND due_at < :now)"
                        + " FROM reports WHERE (received_at >= :from AND received_at < :to)"
                        + " OR status IN (" + OPEN_STATUSES + ")"
                        + " GROUP BY unit_code ORDER BY unit_code")
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .setParameter("now", Timestamp.from(now))
                .getResultList();
        return rows.stream()
                .map(row -> new Unit((String) row[0], number(row[1]), number(row[2]), number(row[3])))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
