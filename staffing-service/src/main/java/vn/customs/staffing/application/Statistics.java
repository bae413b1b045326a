package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.rotation.Tenure;

/** The figures the department reports on postings, rotation and asset declarations, per period. */
@ApplicationScoped
public class Statistics {

    /** Moves that took effect in the period, by kind and unit. */
    public record MoveCount(String unitCode, String kind, long moves) {}

    /** Officers on sensitive posts by how long they have held them. */
    public record TenureBand(String band, long officers) {}

    /** Annual asset declarations for a year: how many were owed, filed on time, filed late, still missing. */
    public record AssetDeclarationFigures(int year, long owed, long onTime, long late, long missing) {}

    /** Everything at once, for a dashboard. */
    public record Figures(
            LocalDate from,
            LocalDate to,
            long moves,
            List<MoveCount> movesByUnitAndKind,
            long officersDue,
            long officersOverdue,
            List<TenureBand> tenureInSensitivePosts,
            AssetDeclarationFigures assetDeclarations) {}

    private static final int[] BAND_LIMITS_MONTHS = {12, 24, 36, 48, 60};

    private final EntityManager entityManager;
    private final FindRotationStandings standings;
    private final CallerScope scope;

    Statistics(EntityManager entityManager, FindRotationStandings standings, CallerScope scope) {
        this.entityManager = entityManager;
        this.standings = standings;
        this.scope = scope;
    }

    /**
     * The units figures are counted over: all, or a set of codes. A query binds {@code :all} and {@code :units} (a
     * list that is never empty, so that SQL's IN accepts it).
     */
    private record Units(boolean all, List<String> codes) {
        static Units of(Optional<Set<String>> codes) {
            return codes.map(set -> new Units(false, set.isEmpty() ? List.of("") : List.copyOf(set)))
                    .orElse(new Units(true, List.of("")));
        }

        boolean covers(String unitCode) {
            return all || codes.contains(unitCode);
        }

        jakarta.persistence.Query bind(jakarta.persistence.Query query) {
            return query.setParameter("all", all).setParameter("units", codes);
        }
    }

    /** Moves between {@code from} and {@code to}; standings and tenure on {@code to}; declarations for its year - 1. */
    public Figures of(LocalDate from, LocalDate to, String unitCode) {
        Units units = Units.of(scope.unitsWithin(unitCode));
        List<MoveCount> moves = movesBetween(from, to, units);
        List<RotationStanding> due = standings.on(to, null, null).stream()
                .filter(standing -> units.covers(standing.posting().unitCode()))
                .toList();
        long overdue = due.stream()
                .filter(standing -> standing.standing() == Tenure.Standing.OVERDUE)
                .count();
        return new Figures(
                from,
                to,
                moves.stream().mapToLong(MoveCount::moves).sum(),
                moves,
                due.size() - overdue,
                overdue,
                tenureBands(to, units),
                assetDeclarations(to.getYear() - 1, units));
    }

    @SuppressWarnings("unchecked")
    private List<MoveCount> movesBetween(LocalDate from, LocalDate to, Units units) {
        List<Object[]> rows = units.bind(entityManager
                        .createNativeQuery("SELECT unit_code, kind, COUNT(*) FROM postings"
                                + " WHERE valid_from BETWEEN :from AND :to AND kind <> 'INITIAL'"
                                + " AND (:all OR unit_code IN (:units))"
                                + " GROUP BY unit_code, kind ORDER BY unit_code, kind")
                        .setParameter("from", from)
                        .setParameter("to", to))
                .getResultList();
        List<MoveCount> counts = new ArrayList<>();
        for (Object[] row : rows) {
            counts.add(new MoveCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<TenureBand> tenureBands(LocalDate day, Units units) {
        List<java.sql.Date> starts = units.bind(entityManager
                        .createNativeQuery("SELECT p.valid_from FROM postings p JOIN posts po ON po.id = p.post_id"
                                + " WHERE po.sensitive AND p.valid_from <= :day"
                                + " AND (p.valid_to IS NULL OR p.valid_to >= :day)"
                                + " AND (:all OR p.unit_code IN (:units))")
                        .setParameter("day", day))
                .getResultList();
        Map<String, Long> bands = new LinkedHashMap<>();
        for (int i = 0; i <= BAND_LIMITS_MONTHS.length; i++) {
            bands.put(bandName(i), 0L);
        }
        for (Object start : starts) {
            LocalDate since =
                    start instanceof java.sql.Date ? ((java.sql.Date) start).toLocalDate() : (LocalDate) start;
            long months = ChronoUnit.MONTHS.between(since, day);
            int band = 0;
            while (band < BAND_LIMITS_MONTHS.length && months >= BAND_LIMITS_MONTHS[band]) {
                band++;
            }
            bands.merge(bandName(band), 1L, Long::sum);
        }
        List<TenureBand> result = new ArrayList<>();
        bands.forEach((band, count) -> result.add(new TenureBand(band, count)));
        return result;
    }

    private static String bandName(int band) {
        if (band == 0) {
            return "under 12 months";
        }
        if (band == BAND_LIMITS_MONTHS.length) {
            return BAND_LIMITS_MONTHS[band - 1] + " months or more";
        }
        return BAND_LIMITS_MONTHS[band - 1] + " to " + BAND_LIMITS_MONTHS[band] + " months";
    }

    private AssetDeclarationFigures assetDeclarations(int year, Units units) {
        LocalDate deadline = AssetDeclaration.annualDeadline(year);
        Object[] row = (Object[]) units.bind(entityManager
                        .createNativeQuery("WITH owed AS (SELECT DISTINCT p.officer_id FROM postings p"
                                + " JOIN posts po ON po.id = p.post_id WHERE (po.sensitive OR po.head_of_unit)"
                                + " AND p.valid_from <= :deadline AND (p.valid_to IS NULL OR p.valid_to >= :deadline)"
                                + " AND (:all OR p.unit_code IN (:units))),"
                                + " filed AS (SELECT officer_id, MIN(filed_on) AS filed_on FROM asset_declarations"
                                + " WHERE kind = 'ANNUAL' AND year = :year GROUP BY officer_id)"
                                + " SELECT COUNT(*), COUNT(*) FILTER (WHERE f.filed_on <= :deadline),"
                                + " COUNT(*) FILTER (WHERE f.filed_on > :deadline),"
                                + " COUNT(*) FILTER (WHERE f.filed_on IS NULL)"
                                + " FROM owed o LEFT JOIN filed f ON f.officer_id = o.officer_id")
                        .setParameter("deadline", deadline)
                        .setParameter("year", year))
                .getSingleResult();
        return new AssetDeclarationFigures(
                year,
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }
}
