package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.customs.declarations.domain.unit.UnitDirectory;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.time.Today;

/**
 * The figures the department reports per gate (or per unit's gates) and period (declarations submitted in the
 * period): counts by status and channel, e-declaration share of declarations and of enterprises (an enterprise
 * counts when all its declarations of the period were electronic), on-time share, processing-time percentiles per
 * channel in whole working minutes, active enterprises and trade value in US dollars. Read from rollups the database
 * keeps in step with the declarations ({@link StatisticsRollups}).
 */
@ApplicationScoped
public class DeclarationStatistics {

    /** Whole working minutes from registration to clearance, per channel. */
    public record ProcessingTime(String channel, long cleared, Double p50Minutes, Double p90Minutes) {}

    /** Everything at once. */
    public record Figures(
            String gate,
            String department,
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

    /** No unit code has a comma: a scope of no gate at all, for a unit head who heads none today. */
    private static final String NO_GATE = ",";

    private final StatisticsRollups rollups;
    private final OfficerAccess access;
    private final UnitDirectory units;

    DeclarationStatistics(StatisticsRollups rollups, OfficerAccess access, UnitDirectory units) {
        this.rollups = rollups;
        this.access = access;
        this.units = units;
    }

    /**
     * The figures of {@code gate}, or of the gates at or under {@code department} (a unit code), or of every gate the
     * caller may read (both null), for the local days {@code first..last}. A dashboard or auditor reads any gate; a
     * unit head only the gates he heads (another gate, or a unit with a gate he does not head, is refused: 403
     * {@code not-your-gate}), and with neither the figures of his gates together. An unknown unit is a 404.
     */
    @Transactional
    public Figures of(String gate, String department, LocalDate first, LocalDate last) {
        String scope = department == null ? gateScope(gate) : departmentScope(department);
        StatisticsPeriod period = new StatisticsPeriod(first, last);
        return figures(
                gate,
                department,
                scope,
                period,
                first.atStartOfDay(Today.DEPARTMENT_ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(Today.DEPARTMENT_ZONE).toInstant());
    }

    /** The gates as a comma-separated list, or null for every gate. */
    private String gateScope(String gate) {
        return access.readableGates(Optional.ofNullable(gate))
                .map(DeclarationStatistics::joined)
                .orElse(null);
    }

    private String departmentScope(String department) {
        if (units.find(department).isEmpty()) {
            throw new UnknownObjectException("unit", department);
        }
        Set<String> gates = units.gatesUnder(department);
        access.readableGates(Optional.empty()).ifPresent(mine -> {
            if (!mine.containsAll(gates)) {
                throw new AccessRefusedException(
                        "not-your-gate",
                        "You may read only the gates you head or are posted at ("
                                + (mine.isEmpty() ? "none" : String.join(", ", new TreeSet<>(mine)))
                                + "), not all the gates of " + department + ".");
            }
        });
        return joined(gates);
    }

    private static String joined(Set<String> gates) {
        return gates.isEmpty() ? NO_GATE : String.join(",", new TreeSet<>(gates));
    }

    private Figures figures(
            String gate, String department, String scope, StatisticsPeriod period, Instant from, Instant to) {
        long declarations = 0;
        long electronic = 0;
        long cleared = 0;
        long onTime = 0;
        BigDecimal tradeValue = BigDecimal.ZERO;
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byChannel = new TreeMap<>();
        for (StatisticsRollups.Count count : rollups.counts(scope, period)) {
            declarations += count.declarations();
            electronic += count.electronic() ? count.declarations() : 0;
            byStatus.merge(count.status(), count.declarations(), Long::sum);
            if (!count.channel().isEmpty()) {
                byChannel.merge(count.channel(), count.declarations(), Long::sum);
            }
            if (count.status().equals("CLEARED")) {
                cleared += count.declarations();
                onTime += count.withinCharter();
            }
            if (!count.status().equals("REJECTED")) {
                tradeValue = tradeValue.add(count.tradeValueUsd());
            }
        }
        StatisticsRollups.Enterprises enterprises = rollups.enterprises(scope, period);
        return new Figures(
                gate,
                department,
                from,
                to,
                declarations,
                new LinkedHashMap<>(byStatus),
                new LinkedHashMap<>(byChannel),
                share(electronic, declarations),
                share(enterprises.allElectronic(), enterprises.active()),
                cleared,
                share(onTime, cleared),
                processingTimes(rollups.minutes(scope, period)),
                enterprises.active(),
                tradeValue.setScale(2, RoundingMode.HALF_UP));
    }

    private static List<ProcessingTime> processingTimes(List<StatisticsRollups.Minutes> table) {
        Map<String, List<MinutePercentiles.Frequency>> byChannel = new TreeMap<>();
        table.forEach(row -> byChannel
                .computeIfAbsent(row.channel(), c -> new ArrayList<>())
                .add(new MinutePercentiles.Frequency(row.minutes(), row.cleared())));
        List<ProcessingTime> times = new ArrayList<>();
        byChannel.forEach((channel, frequencies) -> times.add(new ProcessingTime(
                channel.isEmpty() ? null : channel,
                frequencies.stream()
                        .mapToLong(MinutePercentiles.Frequency::count)
                        .sum(),
                tenths(MinutePercentiles.of(frequencies, 0.5)),
                tenths(MinutePercentiles.of(frequencies, 0.9)))));
        return times;
    }

    private static Double tenths(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
