package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import vn.customs.platform.publication.PublishedCount;
import vn.customs.platform.publication.PublishedFigures;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;

/**
 * What the department publishes about its hotline per gate and quarter, for anyone: reports received in the quarter,
 * reports accepted in it, and reports settled (concluded) in it within their legal term. Every gate open at some time
 * in the quarter is listed (from staffing's unit directory), zeros included; counts below 5 are suppressed. Counts
 * only: nothing about a reporter, an officer or a report.
 */
@ApplicationScoped
public class PublicReportFigures {

    /** One gate's published figures. */
    public record GateFigures(
            String gateCode,
            String gateName,
            PublishedCount received,
            PublishedCount accepted,
            PublishedCount settledWithinTerm) {}

    /** ?1, ?2: the quarter's instants; ?3: its first day. Each count is of what happened in the quarter. */
    private static final String FIGURES = "SELECT u.unit_code, COALESCE(u.name, u.unit_code),"
            + " COUNT(r.id) FILTER (WHERE r.received_at >= ?1 AND r.received_at < ?2),"
            + " COUNT(r.id) FILTER (WHERE r.accepted_at >= ?1 AND r.accepted_at < ?2),"
            + " COUNT(r.id) FILTER (WHERE r.concluded_at >= ?1 AND r.concluded_at < ?2 AND r.concluded_within_limit)"
            + " FROM units u LEFT JOIN reports r ON r.unit_code = u.unit_code"
            + "   AND ((r.received_at >= ?1 AND r.received_at < ?2) OR (r.accepted_at >= ?1 AND r.accepted_at < ?2)"
            + "     OR (r.concluded_at >= ?1 AND r.concluded_at < ?2))"
            + " WHERE u.kind = 'SUB_DEPARTMENT' AND (u.closed_on IS NULL OR u.closed_on > ?3)"
            + " GROUP BY u.unit_code, u.name ORDER BY u.unit_code";

    private final EntityManager entityManager;

    PublicReportFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public PublishedFigures<GateFigures> of(Quarter quarter) {
        List<Object[]> rows = entityManager
                .createNativeQuery(FIGURES)
                .setParameter(1, Timestamp.from(quarter.start(Today.DEPARTMENT_ZONE)))
                .setParameter(2, Timestamp.from(quarter.end(Today.DEPARTMENT_ZONE)))
                .setParameter(3, Date.valueOf(quarter.first()))
                .getResultList();
        return PublishedFigures.of(
                quarter,
                rows.stream()
                        .map(row -> new GateFigures(
                                (String) row[0],
                                (String) row[1],
                                PublishedCount.of(number(row[2])),
                                PublishedCount.of(number(row[3])),
                                PublishedCount.of(number(row[4]))))
                        .toList());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
