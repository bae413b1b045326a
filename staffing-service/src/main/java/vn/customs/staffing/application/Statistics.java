package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final RotationStandings standings;

    Statistics(EntityManager entityManager, RotationStandings standings) {
        this.entityManager = entityManager;
        this.standings = standings;
    }

    /** Moves between {@code from} and {@code to}; standings and tenure on {@code to}; declarations for its year - 1. */
    @Transactional
    public Figures of(LocalDate from, LocalDate to) {
        List<MoveCount> moves = movesBetween(from, to);
        List<RotationStanding> due = standings.on(to, null, null);
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
                tenureBands(to),
                assetDeclarations(to.getYear() - 1));
    }

    @SuppressWarnings("unchecked")
    private List<MoveCount> movesBetween(LocalDate from, LocalDate to) {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT unit_code, kind, COUNT(*) FROM postings"
                        + " WHERE valid_from BETWEEN ?1 AND ?2 AND kind <> 'INITIAL'"
                        + " GROUP BY unit_code, kind ORDER BY unit_code, kind")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
        List<MoveCount> counts = new ArrayList<>();
        for (Object[] row : rows) {
            counts.add(new MoveCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<TenureBand> tenureBands(LocalDate day) {
        List<java.sql.Date> starts = entityManager
                .createNativeQuery("SELECT p.valid_from FROM postings p JOIN posts po ON po.id = p.post_id"
                        + " WHERE po.sensitive AND p.valid_from <= ?1 AND (p.valid_to IS NULL OR p.valid_to >= ?1)")
                .setParameter(1, day)
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

    private AssetDeclarationFigures assetDeclarations(int year) {
        LocalDate deadline = AssetDeclaration.annualDeadline(year);
        Object[] row = (Object[]) entityManager
                .createNativeQuery("WITH owed AS (SELECT DISTINCT p.officer_id FROM postings p"
                        + " JOIN posts po ON po.id = p.post_id WHERE (po.sensitive OR po.head_of_unit)"
                        + " AND p.valid_from <= ?1 AND (p.valid_to IS NULL OR p.valid_to >= ?1)),"
                        + " filed AS (SELECT officer_id, MIN(filed_on) AS filed_on FROM asset_declarations"
                        + " WHERE kind = 'ANNUAL' AND year = ?2 GROUP BY officer_id)"
                        + " SELECT COUNT(*), COUNT(*) FILTER (WHERE f.filed_on <= ?1),"
                        + " COUNT(*) FILTER (WHERE f.filed_on > ?1), COUNT(*) FILTER (WHERE f.filed_on IS NULL)"
                        + " FROM owed o LEFT JOIN filed f ON f.officer_id = o.officer_id")
                .setParameter(1, deadline)
                .setParameter(2, year)
                .getSingleResult();
        return new AssetDeclarationFigures(
                year,
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }
}
