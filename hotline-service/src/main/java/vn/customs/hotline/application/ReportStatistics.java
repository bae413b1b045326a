package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.customs.hotline.domain.clock.DeadlineState;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.NonAcceptanceReason;
import vn.customs.hotline.domain.report.ReportCategory;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportStatus;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;

/**
 * The hotline's figures for dashboards: the reports received in a period (days in the department's zone), for the
 * whole department or a unit and the units under it, and what became of them. Every count is a number, 0 when nothing
 * happened, and every breakdown names every value: "no report from businesses this quarter" is {@code
 * fromBusinesses: 0}, not a missing figure.
 */
@ApplicationScoped
public class ReportStatistics {

    /** The channels a business reports through itself: every one but a transfer from another authority. */
    public static final Set<IntakeChannel> FROM_BUSINESSES = Arrays.stream(IntakeChannel.values())
            .filter(channel -> switch (channel) {
                case WEB, HOTLINE_CALL, WALK_IN, POST, EMAIL -> true;
                case TRANSFERRED -> false;
            })
            .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(IntakeChannel.class)));

    /** The deadline states an open report can be in (NONE is for reports no clock runs for). */
    private static final List<DeadlineState> OPEN_STATES = Arrays.stream(DeadlineState.values())
            .filter(state -> switch (state) {
                case ON_TIME, AT_RISK, BREACHED, PAUSED -> true;
                case NONE -> false;
            })
            .toList();

    /** Everything at once. */
    public record Figures(
            String unit,
            LocalDate from,
            LocalDate to,
            long received,
            Map<String, Long> byIntakeChannel,
            Map<String, Long> byCategory,
            Map<String, Long> byKind,
            Map<String, Long> byUnit,
            long fromBusinesses,
            long accepted,
            long notAccepted,
            Map<String, Long> notAcceptedByReason,
            long transferred,
            long withdrawn,
            long concluded,
            long concludedWithinLimit,
            BigDecimal concludedWithinLimitShare,
            long open,
            Map<String, Long> openByDeadlineState,
            Double medianDaysToAcceptance,
            Double medianDaysToConclusion) {}

    /** The period's bounds, whether every unit counts and, if not, the units that do. */
    private static final String SCOPE =
            " FROM reports WHERE received_at >= :from AND received_at < :to" + " AND (:all OR unit_code IN (:units))";

    private static final double SECONDS_A_DAY = 86_400.0;

    private final EntityManager entityManager;
    private final UnitDirectory units;
    private final Today today;

    ReportStatistics(EntityManager entityManager, UnitDirectory units, Today today) {
        this.entityManager = entityManager;
        this.units = units;
        this.today = today;
    }

    /** The figures of the reports received from {@code from} to {@code to} (inclusive), about {@code unit} or all. */
    @Transactional
    public Figures of(LocalDate from, LocalDate to, String unit) {
        Scope scope = new Scope(
                from.atStartOfDay(Today.DEPARTMENT_ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Today.DEPARTMENT_ZONE).toInstant(),
                unit == null
                        ? null
                        : new TreeSet<>(units.withDescendants(new UnitCode(unit)).stream()
                                .map(UnitCode::value)
                                .toList()));
        Object[] totals = (Object[]) scope.bind(entityManager.createNativeQuery("SELECT COUNT(*),"
                        + " COUNT(*) FILTER (WHERE intake_channel IN (" + names(FROM_BUSINESSES) + ")),"
                        + " COUNT(*) FILTER (WHERE accepted_at IS NOT NULL),"
                        + " COUNT(*) FILTER (WHERE status = '" + ReportStatus.NOT_ACCEPTED + "'),"
                        + " COUNT(*) FILTER (WHERE status = '" + ReportStatus.TRANSFERRED + "'),"
                        + " COUNT(*) FILTER (WHERE status = '" + ReportStatus.WITHDRAWN + "'),"
                        + " COUNT(*) FILTER (WHERE concluded_at IS NOT NULL),"
                        + " COUNT(*) FILTER (WHERE concluded_at IS NOT NULL AND concluded_within_limit),"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM accepted_at - received_at))"
                        + " FILTER (WHERE accepted_at IS NOT NULL),"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM concluded_at - received_at))"
                        + " FILTER (WHERE concluded_at IS NOT NULL)"
                        + SCOPE))
                .getSingleResult();
        long concluded = number(totals[6]);
        long withinLimit = number(totals[7]);
        Map<String, Long> openByState = openByDeadlineState(scope);
        return new Figures(
                unit,
                from,
                to,
                number(totals[0]),
                counts("intake_channel", IntakeChannel.values(), scope),
                counts("category", ReportCategory.values(), scope),
                counts("kind", ReportKind.values(), scope),
                byUnit(scope),
                number(totals[1]),
                number(totals[2]),
                number(totals[3]),
                counts("non_acceptance_reason", NonAcceptanceReason.values(), scope),
                number(totals[4]),
                number(totals[5]),
                concluded,
                withinLimit,
                concluded == 0
                        ? null
                        : BigDecimal.valueOf(withinLimit)
                                .divide(BigDecimal.valueOf(concluded), 3, RoundingMode.HALF_UP),
                openByState.values().stream().mapToLong(Long::longValue).sum(),
                openByState,
                days(totals[8]),
                days(totals[9]));
    }

    /** The period and the units counted: {@code units} null for every unit. */
    private record Scope(Instant from, Instant to, Set<String> units) {

        Query bind(Query query) {
            return query.setParameter("from", Timestamp.from(from))
                    .setParameter("to", Timestamp.from(to))
                    .setParameter("all", units == null)
                    // never an empty list, which SQL's IN refuses; no unit code is blank
                    .setParameter("units", units == null || units.isEmpty() ? List.of("") : List.copyOf(units));
        }
    }

    /** Reports by the values of one column, every value named (0 when none). */
    private Map<String, Long> counts(String column, Enum<?>[] values, Scope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            counts.put(value.name(), 0L);
        }
        grouped(column, scope).forEach((value, count) -> counts.computeIfPresent(value, (name, zero) -> count));
        return counts;
    }

    /** Reports by unit: every unit asked about (0 when none), and any unit a report of the period names. */
    private Map<String, Long> byUnit(Scope scope) {
        Map<String, Long> counts = new TreeMap<>();
        if (scope.units() != null) {
            scope.units().forEach(code -> counts.put(code, 0L));
        }
        counts.putAll(grouped("unit_code", scope));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String column, Scope scope) {
        List<Object[]> rows = scope.bind(entityManager.createNativeQuery("SELECT " + column + ", COUNT(*)" + SCOPE
                        + " AND " + column + " IS NOT NULL GROUP BY " + column))
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], number(row[1])));
        return counts;
    }

    /**
     * The reports of the period still open now, by where their running deadline stands now: the rule of {@link
     * vn.customs.hotline.domain.clock.LegalClock#state}, in SQL (paused, else past the deadline, else before the
     * at-risk moment, else at risk).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Long> openByDeadlineState(Scope scope) {
        List<Object[]> rows = scope.bind(entityManager
                        .createNativeQuery("SELECT CASE WHEN paused_since IS NOT NULL THEN '" + DeadlineState.PAUSED
                                + "' WHEN due_at < :now THEN '" + DeadlineState.BREACHED
                                + "' WHEN :now < at_risk_at THEN '" + DeadlineState.ON_TIME
                                + "' ELSE '" + DeadlineState.AT_RISK + "' END AS state, COUNT(*)"
                                + SCOPE + " AND status IN (" + names(openStatuses()) + ") GROUP BY state")
                        .setParameter("now", Timestamp.from(today.now())))
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        OPEN_STATES.forEach(state -> counts.put(state.name(), 0L));
        rows.forEach(row -> counts.put((String) row[0], number(row[1])));
        return counts;
    }

    private static List<ReportStatus> openStatuses() {
        return Arrays.stream(ReportStatus.values()).filter(ReportStatus::open).toList();
    }

    /** Enum names as an SQL list of literals: names are letters and underscores only. */
    private static String names(java.util.Collection<? extends Enum<?>> values) {
        return String.join(
                ", ", values.stream().map(value -> "'" + value.name() + "'").toList());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Seconds as calendar days, to the hundredth; null when nothing was measured. */
    private static Double days(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / SECONDS_A_DAY * 100) / 100.0;
    }
}
