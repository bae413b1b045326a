package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import vn.customs.platform.publication.PublishedCount;
import vn.customs.platform.publication.PublishedFigures;
import vn.customs.platform.publication.PublishedShare;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;

/**
 * What the department publishes about declarations per gate and quarter, for anyone: declarations lodged, the share
 * lodged electronically, and the share of those cleared in the quarter that were cleared within the charter. Every
 * gate open at some time in the quarter is listed (from staffing's unit directory), zeros included; small numbers
 * are suppressed. Aggregates only.
 */
@ApplicationScoped
public class PublicDeclarationFigures {

    /** One gate's published figures. */
    public record GateFigures(
            String gateCode,
            String gateName,
            PublishedCount lodged,
            PublishedShare electronicShare,
            PublishedShare clearedWithinCharterShare) {}

    /**
     * ?1, ?2: the quarter's instants; ?3: its first day. A declaration counts as lodged when submitted in the quarter
     * and as cleared when its clearance (the end of its clock) falls in the quarter, wherever it was lodged.
     */
    private static final String FIGURES = "SELECT u.unit_code, COALESCE(u.name, u.unit_code),"
            + " COUNT(d.id) FILTER (WHERE d.submitted_at >= ?1 AND d.submitted_at < ?2),"
            + " COUNT(d.id) FILTER (WHERE d.submitted_at >= ?1 AND d.submitted_at < ?2"
            + "   AND d.submission_channel = 'ELECTRONIC'),"
            + " COUNT(d.id) FILTER (WHERE d.status = 'CLEARED' AND d.finished_at >= ?1 AND d.finished_at < ?2),"
            + " COUNT(d.id) FILTER (WHERE d.status = 'CLEARED' AND d.finished_at >= ?1 AND d.finished_at < ?2"
            + "   AND d.within_charter)"
            + " FROM units u LEFT JOIN declarations d ON d.gate_code = u.unit_code"
            + "   AND ((d.submitted_at >= ?1 AND d.submitted_at < ?2) OR (d.finished_at >= ?1 AND d.finished_at < ?2))"
            + " WHERE u.kind = 'SUB_DEPARTMENT' AND (u.closed_on IS NULL OR u.closed_on > ?3)"
            + " GROUP BY u.unit_code, u.name ORDER BY u.unit_code";

    private final EntityManager entityManager;

    PublicDeclarationFigures(EntityManager entityManager) {
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
                                PublishedShare.of(number(row[3]), number(row[2])),
                                PublishedShare.of(number(row[5]), number(row[4]))))
                        .toList());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
