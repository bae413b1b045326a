package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.util.List;
import vn.customs.platform.publication.PublishedCount;
import vn.customs.platform.publication.PublishedFigures;
import vn.customs.platform.time.Quarter;

/**
 * What the department publishes about its inspections per gate and quarter, for anyone: the inspections carried out
 * (started in the quarter) by type. Every gate open at some time in the quarter is listed (from staffing's unit
 * directory), zeros included; counts below 5 are suppressed.
 *
 * <p>THE SEAL: a surprise inspection that has not started is sealed and is in no figure; it counts only from its
 * start, and only in the quarter it started in. (An inspection counts by its start alone, so one planned and not yet
 * started never shows here, sealed or not.)
 */
@ApplicationScoped
public class PublicInspectionFigures {

    /** One gate's published figures. */
    public record GateFigures(
            String gateCode,
            String gateName,
            PublishedCount thematic,
            PublishedCount surprise,
            PublishedCount targeted) {}

    /** ?1, ?2: the quarter's first and last day; started_on is a day in the department's zone. */
    private static final String FIGURES = "SELECT u.unit_code, COALESCE(u.name, u.unit_code),"
            + " COUNT(i.id) FILTER (WHERE i.type = 'THEMATIC'),"
            + " COUNT(i.id) FILTER (WHERE i.type = 'SURPRISE'),"
            + " COUNT(i.id) FILTER (WHERE i.type = 'TARGETED')"
            + " FROM units u LEFT JOIN inspections i ON i.unit_code = u.unit_code"
            + "   AND i.started_on BETWEEN ?1 AND ?2 AND NOT i.sealed"
            + " WHERE u.kind = 'SUB_DEPARTMENT' AND (u.closed_on IS NULL OR u.closed_on > ?1)"
            + " GROUP BY u.unit_code, u.name ORDER BY u.unit_code";

    private final EntityManager entityManager;

    PublicInspectionFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public PublishedFigures<GateFigures> of(Quarter quarter) {
        List<Object[]> rows = entityManager
                .createNativeQuery(FIGURES)
                .setParameter(1, Date.valueOf(quarter.first()))
                .setParameter(2, Date.valueOf(quarter.last()))
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
