package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import vn.customs.platform.time.Today;

/**
 * Reads the statistics of a scope of gates and a period from the rollups the database keeps (migration
 * V23__statistics_rollups: a trigger updates them in the transaction of every change to a declaration) for the
 * period's whole months and years, and from the declarations themselves for the partial months at its edges. Every
 * figure is a sum or a union, so the answer is the same as from the declarations alone.
 */
@ApplicationScoped
class StatisticsRollups {

    /** One group of declarations: how many, how many cleared within the charter, their trade value in USD. */
    record Count(
            String status,
            String channel,
            boolean electronic,
            long declarations,
            long withinCharter,
            BigDecimal tradeValueUsd) {}

    /** Enterprises that declared, and those whose declarations were all electronic. */
    record Enterprises(long active, long allElectronic) {}

    /** How many cleared declarations of a channel took this many whole working minutes. */
    record Minutes(String channel, long minutes, long cleared) {}

    private static final String GATES = " AND gate_code = ANY(string_to_array(CAST(:gates AS varchar), ','))";
    private static final String EDGES =
            " FROM declarations WHERE ((submitted_at >= :headFrom AND submitted_at < :headTo)"
                    + " OR (submitted_at >= :tailFrom AND submitted_at < :tailTo))";

    private static final String AGGREGATE_WORK_MEM = "64MB";

    private final EntityManager entityManager;

    StatisticsRollups(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Counts by status, channel ('' when none yet) and submission. {@code gates}: comma-separated, null for all. */
    @SuppressWarnings("unchecked")
    List<Count> counts(String gates, StatisticsPeriod period) {
        String scope = gates == null ? "" : GATES;
        String sql = "SELECT status, channel, electronic, SUM(declarations), SUM(within_charter), SUM(trade_value_usd)"
                + " FROM (SELECT status, channel, electronic, declarations, within_charter, trade_value_usd"
                + " FROM stats_gate_month WHERE month >= :monthsFrom AND month < :monthsTo" + scope
                + " UNION ALL SELECT status, COALESCE(channel, ''), submission_channel = 'ELECTRONIC', 1,"
                + " CASE WHEN within_charter THEN 1 ELSE 0 END, amount * exchange_rate_vnd / usd_rate_vnd"
                + EDGES + scope + ") r GROUP BY status, channel, electronic HAVING SUM(declarations) <> 0";
        List<Object[]> rows = bind(sql, gates, period).getResultList();
        return rows.stream()
                .map(row -> new Count(
                        (String) row[0],
                        (String) row[1],
                        (Boolean) row[2],
                        number(row[3]),
                        number(row[4]),
                        new BigDecimal(row[5].toString())))
                .toList();
    }

    /**
     * Distinct enterprises: every gate's from the yearly rollup for whole years and the monthly one for the other
     * whole months; a scope of gates from the per-gate monthly rollup.
     */
    Enterprises enterprises(String gates, StatisticsPeriod period) {
        String wholePeriods = gates == null
                ? "SELECT declarant_tax_id, declarations, electronic FROM stats_year_declarant"
                        + " WHERE year >= :yearsFrom AND year < :yearsTo"
                        + " UNION ALL SELECT declarant_tax_id, declarations, electronic FROM stats_month_declarant"
                        + " WHERE (month >= :monthsFrom AND month < :yearsFrom) OR (month >= :yearsTo AND month < :monthsTo)"
                : "SELECT declarant_tax_id, declarations, electronic FROM stats_gate_month_declarant"
                        + " WHERE month >= :monthsFrom AND month < :monthsTo" + GATES;
        String sql = "SELECT COUNT(*), COUNT(*) FILTER (WHERE electronic = declarations) FROM ("
                + "SELECT declarant_tax_id, SUM(declarations) AS declarations, SUM(electronic) AS electronic FROM ("
                + wholePeriods
                + " UNION ALL SELECT declarant_tax_id, 1, CASE WHEN submission_channel = 'ELECTRONIC' THEN 1 ELSE 0 END"
                + EDGES + (gates == null ? "" : GATES)
                + ") r GROUP BY declarant_tax_id HAVING SUM(declarations) <> 0) e";
        roomToAggregateInMemory();
        Query query = bind(sql, gates, period);
        if (gates == null) {
            query.setParameter("yearsFrom", Date.valueOf(period.years().from()))
                    .setParameter("yearsTo", Date.valueOf(period.years().to()));
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new Enterprises(number(row[0]), number(row[1]));
    }

    /** The frequency table of whole working minutes to clearance per channel, ordered by channel and minutes. */
    @SuppressWarnings("unchecked")
    List<Minutes> minutes(String gates, StatisticsPeriod period) {
        String rollup = gates == null
                ? "SELECT channel, minutes, cleared FROM stats_month_minutes WHERE month >= :monthsFrom AND month < :monthsTo"
                : "SELECT channel, minutes, cleared FROM stats_gate_month_minutes"
                        + " WHERE month >= :monthsFrom AND month < :monthsTo" + GATES;
        String sql = "SELECT channel, minutes, SUM(cleared) FROM (" + rollup
                + " UNION ALL SELECT COALESCE(channel, ''), processing_seconds / 60, 1" + EDGES
                + " AND status = 'CLEARED' AND processing_seconds IS NOT NULL" + (gates == null ? "" : GATES)
                + ") r GROUP BY channel, minutes HAVING SUM(cleared) <> 0 ORDER BY channel, minutes";
        List<Object[]> rows = bind(sql, gates, period).getResultList();
        return rows.stream()
                .map(row -> new Minutes((String) row[0], number(row[1]), number(row[2])))
                .toList();
    }

    /**
     * The union by enterprise holds up to one row per enterprise (100,000 in a national year): at PostgreSQL's default
     * work_mem of 4 MB its hash spills to disk. More memory for this transaction only ({@code SET LOCAL}).
     */
    private void roomToAggregateInMemory() {
        entityManager
                .createNativeQuery("SELECT set_config('work_mem', '" + AGGREGATE_WORK_MEM + "', true)")
                .getSingleResult();
    }

    private Query bind(String sql, String gates, StatisticsPeriod period) {
        Query query = entityManager
                .createNativeQuery(sql)
                .setParameter("monthsFrom", Date.valueOf(period.months().from()))
                .setParameter("monthsTo", Date.valueOf(period.months().to()))
                .setParameter("headFrom", Timestamp.from(period.head().start(Today.DEPARTMENT_ZONE)))
                .setParameter("headTo", Timestamp.from(period.head().end(Today.DEPARTMENT_ZONE)))
                .setParameter("tailFrom", Timestamp.from(period.tail().start(Today.DEPARTMENT_ZONE)))
                .setParameter("tailTo", Timestamp.from(period.tail().end(Today.DEPARTMENT_ZONE)));
        if (gates != null) {
            query.setParameter("gates", gates);
        }
        return query;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
