package vn.customs.inspections.infrastructure.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.customs.inspections.domain.draw.EarlierFindings;
import vn.customs.inspections.domain.draw.RiskSignal;
import vn.customs.inspections.domain.draw.RiskSignals;
import vn.customs.inspections.domain.draw.Signals;
import vn.customs.inspections.domain.staffing.Posting;
import vn.customs.inspections.domain.staffing.PostingHistory;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * The risk signals of candidate units on a day, from the draw's projections, staffing's read models and this
 * service's own inspections. A signal recorded at a unit below a candidate (a team under a gate) counts at the
 * candidate; an officer's report or discipline case counts where he is posted on the day.
 */
@ApplicationScoped
public class JpaRiskSignals implements RiskSignals {

    /** How far up the unit tree a signal looks for its candidate. */
    private static final int MAX_DEPTH = 8;

    private final EntityManager entityManager;
    private final EarlierFindings findings;
    private final Instance<PostingHistory> postings;
    private final Instance<UnitDirectory> directory;

    JpaRiskSignals(
            EntityManager entityManager,
            EarlierFindings findings,
            Instance<PostingHistory> postings,
            Instance<UnitDirectory> directory) {
        this.entityManager = entityManager;
        this.findings = findings;
        this.postings = postings;
        this.directory = directory;
    }

    @Override
    public Map<UnitCode, Signals> of(Set<UnitCode> units, LocalDate day) {
        return new Attribution(units).count(day);
    }

    /** One draw's counting: the candidates, and the candidate found for each unit code (looked up once). */
    private final class Attribution {

        private final Set<UnitCode> units;
        private final Map<String, Optional<UnitCode>> found = new HashMap<>();

        Attribution(Set<UnitCode> units) {
            this.units = units;
        }

        Optional<UnitCode> candidateOf(String code) {
            return found.computeIfAbsent(code, c -> lookUp(c, units));
        }

        Optional<UnitCode> postedAt(String officerId, LocalDate day) {
            return JpaRiskSignals.this.postedAt(officerId, day, this);
        }

        private Map<UnitCode, Signals> count(LocalDate day) {
            Map<UnitCode, Map<RiskSignal, Integer>> counts = new HashMap<>();
            units.forEach(unit -> counts.put(unit, new EnumMap<>(RiskSignal.class)));
            for (Object[] row : rows("SELECT unit_code, kind, count FROM draw_unit_signals")) {
                candidateOf((String) row[0])
                        .ifPresent(unit -> counts.get(unit)
                                .merge(
                                        RiskSignal.valueOf((String) row[1]),
                                        ((Number) row[2]).intValue(),
                                        Integer::sum));
            }
            for (Object[] row : rows("SELECT gate_code, max(count) FROM draw_gate_overrides GROUP BY gate_code")) {
                candidateOf((String) row[0])
                        .ifPresent(unit -> counts.get(unit)
                                .merge(RiskSignal.OVERRIDE_CONCENTRATION, ((Number) row[1]).intValue(), Math::max));
            }
            for (Object[] row : rows("SELECT officer_id, substantiated FROM draw_reports WHERE unit_code IS NULL")) {
                postedAt((String) row[0], day).ifPresent(unit -> {
                    counts.get(unit).merge(RiskSignal.ACCEPTED_REPORT, 1, Integer::sum);
                    if (Boolean.TRUE.equals(row[1])) {
                        counts.get(unit).merge(RiskSignal.SUBSTANTIATED_REPORT, 1, Integer::sum);
                    }
                });
            }
            for (Object[] row : rows("SELECT officer_id, count(*) FROM draw_discipline_cases WHERE closed_at IS NULL"
                    + " GROUP BY officer_id")) {
                postedAt((String) row[0], day)
                        .ifPresent(unit -> counts.get(unit)
                                .merge(RiskSignal.OPEN_DISCIPLINE_CASE, ((Number) row[1]).intValue(), Integer::sum));
            }
            Map<UnitCode, LocalDate> lastStarts = lastStarts(day);
            Map<UnitCode, Signals> signals = new HashMap<>();
            for (UnitCode unit : units) {
                Map<RiskSignal, Integer> unitCounts = counts.get(unit);
                unitCounts.put(RiskSignal.EARLIER_FINDING, findings.countAt(unit));
                LocalDate last = lastStarts.get(unit);
                unitCounts.put(
                        RiskSignal.MONTH_SINCE_LAST_INSPECTION,
                        last == null ? Signals.MONTHS_CAP : (int) ChronoUnit.MONTHS.between(last, day));
                signals.put(unit, Signals.of(unitCounts));
            }
            return signals;
        }
    }

    /** The day each unit's last inspection started (started ones only: a sealed one has no start yet). */
    private Map<UnitCode, LocalDate> lastStarts(LocalDate day) {
        Map<UnitCode, LocalDate> starts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT unit_code, max(started_on) FROM inspections"
                        + " WHERE started_on IS NOT NULL AND started_on <= ?1 GROUP BY unit_code")
                .setParameter(1, day)
                .getResultList();
        for (Object[] row : rows) {
            if (UnitCode.valid((String) row[0])) {
                starts.put(new UnitCode((String) row[0]), toDate(row[1]));
            }
        }
        return starts;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The candidate at or above the unit {@code code}, if any. */
    private Optional<UnitCode> lookUp(String code, Set<UnitCode> candidates) {
        if (!UnitCode.valid(code)) {
            return Optional.empty();
        }
        UnitCode unit = new UnitCode(code);
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (candidates.contains(unit)) {
                return Optional.of(unit);
            }
            if (!directory.isResolvable()) {
                return Optional.empty();
            }
            Optional<UnitCode> parent = directory.get().parentOf(unit);
            if (parent.isEmpty() || parent.get() == null) {
                return Optional.empty();
            }
            unit = parent.get();
        }
        return Optional.empty();
    }

    /** The candidate where the officer {@code officerId} is posted on {@code day}, if staffing's history says. */
    private Optional<UnitCode> postedAt(String officerId, LocalDate day, Attribution attribution) {
        if (!postings.isResolvable()) {
            return Optional.empty();
        }
        OfficerId officer;
        try {
            officer = OfficerId.of(officerId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return postings.get().ofOfficer(officer).stream()
                .filter(posting -> posting.covers(day))
                .map(Posting::unit)
                .map(unit -> attribution.candidateOf(unit.value()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }
}
