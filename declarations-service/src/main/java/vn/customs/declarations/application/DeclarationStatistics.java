package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the department reports per gate and period (declarations submitted in the period): counts by status
 * and channel, e-declaration share of declarations and of enterprises (an enterprise counts when all its declarations
 * of the period were electronic), on-time share, processing-time percentiles per channel, active enterprises and
 * trade value in US dollars.
 */
@ApplicationScoped
public class DeclarationStatistics {

    /** Working minutes from registration to clearance, per channel. */
    public record ProcessingTime(String channel, long cleared, Double p50Minutes, Double p90Minutes) {}

    /** Everything at once. */
    public record Figures(
            String gate,
            Instant from,
            Instant to,
            long declarations,
            Map<String, Long> byStatus,
            Map<String, Long> byChannel,
            BigDecimal electronicShare,
            BigDecimal electronicEnterpriseShare,
            long cleared,
            BigDecimal onTimeShare,
            List<ProcessingTime> processingTime,
            long activeEnterprises,
            BigDecimal tradeValueUsd) {}

    /** ?3: the gates, comma-separated, or null for every gate. */
    private static final String SCOPE = " FROM declarations WHERE submitted_at >= ?1 AND submitted_at < ?2"
            + " AND (CAST(?3 AS varchar) IS NULL OR gate_code = ANY(string_to_array(CAST(?3 AS varchar), ',')))";

    private final EntityManager entityManager;
    private final OfficerAccess access;

    DeclarationStatistics(EntityManager entityManager, OfficerAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /**
     * The figures of {@code gate} (null: every gate the caller may read). A dashboard or auditor reads any gate; a
     * unit head only the gates he heads (another is refused, 403 {@code not-your-gate}), and without a gate the
     * figures of his gates together.
     */
    @Transactional
    public Figures of(String requestedGate, Instant from, Instant to) {
        String gate = access.readableGates(java.util.Optional.ofNullable(requestedGate))
                .map(gates -> gates.isEmpty() ? NO_GATE : String.join(",", new java.util.TreeSet<>(gates)))
                .orElse(null);
        Figures figures = figures(gate, from, to);
        return new Figures(
                requestedGate,
                figures.from(),
                figures.to(),
                figures.declarations(),
                figures.byStatus(),
                figures.byChannel(),
                figures.electronicShare(),
                figures.electronicEnterpriseShare(),
                figures.cleared(),
                figures.onTimeShare(),
                figures.processingTime(),
                figures.activeEnterprises(),
                figures.tradeValueUsd());
    }

    /** No unit code has a comma: a scope of no gate at all, for a unit head who heads none today. */
    private static final String NO_GATE = ",";

    private Figures figures(String gate, Instant from, Instant to) {
        Object[] totals = single(
                "SELECT COUNT(*), COUNT(*) FILTER (WHERE submission_channel = 'ELECTRONIC'),"
                        + " COUNT(DISTINCT declarant_tax_id),"
                        + " (SELECT COUNT(*) FROM (SELECT bool_and(submission_channel = 'ELECTRONIC') AS electronic"
                        + SCOPE
                        + " GROUP BY declarant_tax_id) enterprises WHERE electronic),"
                        + " COUNT(*) FILTER (WHERE status = 'CLEARED'),"
                        + " COUNT(*) FILTER (WHERE status = 'CLEARED' AND within_charter),"
                        + " COALESCE(SUM(amount * exchange_rate_vnd / usd_rate_vnd) FILTER (WHERE status <> 'REJECTED'), 0)"
                        + SCOPE,
                gate,
                from,
                to);
        long declarations = number(totals[0]);
        long enterprises = number(totals[2]);
        long cleared = number(totals[4]);
        return new Figures(
                gate,
                from,
                to,
                declarations,
                counts("status", gate, from, to),
                counts("channel", gate, from, to),
                share(number(totals[1]), declarations),
                share(number(totals[3]), enterprises),
                cleared,
                share(number(totals[5]), cleared),
                processingTimes(gate, from, to),
                enterprises,
                new BigDecimal(totals[6].toString()).setScale(2, RoundingMode.HALF_UP));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String column, String gate, Instant from, Instant to) {
        List<Object[]> rows = query(
                        "SELECT " + column + ", COUNT(*)" + SCOPE + " AND " + column + " IS NOT NULL" + " GROUP BY "
                                + column + " ORDER BY " + column,
                        gate,
                        from,
                        to)
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], number(row[1])));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<ProcessingTime> processingTimes(String gate, Instant from, Instant to) {
        List<Object[]> rows = query(
                        "SELECT channel, COUNT(*),"
                                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY processing_seconds) / 60.0,"
                                + " percentile_cont(0.9) WITHIN GROUP (ORDER BY processing_seconds) / 60.0"
                                + SCOPE + " AND status = 'CLEARED' AND processing_seconds IS NOT NULL"
                                + " GROUP BY channel ORDER BY channel",
                        gate,
                        from,
                        to)
                .getResultList();
        return rows.stream()
                .map(row -> new ProcessingTime((String) row[0], number(row[1]), decimal(row[2]), decimal(row[3])))
                .toList();
    }

    private Object[] single(String sql, String gate, Instant from, Instant to) {
        return (Object[]) query(sql, gate, from, to).getSingleResult();
    }

    private jakarta.persistence.Query query(String sql, String gate, Instant from, Instant to) {
        return entityManager
                .createNativeQuery(sql)
                .setParameter(1, java.sql.Timestamp.from(from))
                .setParameter(2, java.sql.Timestamp.from(to))
                .setParameter(3, gate);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
