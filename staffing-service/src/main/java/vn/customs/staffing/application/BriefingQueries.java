package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.staffing.domain.briefing.Briefing;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.Posting;

/** Discipline briefings read back: how many per unit and quarter, and who keeps missing them. */
@ApplicationScoped
public class BriefingQueries {

    /** A unit's briefings in one quarter, and whether they meet the quarterly mark. */
    public record QuarterFigures(
            String unitCode, int year, int quarter, long briefings, long attendances, boolean markMet) {}

    /** An officer posted at the unit who attended none of the last briefings held while he was posted there. */
    public record Absentee(Officer officer, int missed) {}

    private final EntityManager entityManager;
    private final CallerScope scope;

    BriefingQueries(EntityManager entityManager, CallerScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    /** Briefings held between {@code from} and {@code to}, per unit and quarter, over the units the caller reads. */
    @SuppressWarnings("unchecked")
    public List<QuarterFigures> statistics(LocalDate from, LocalDate to, String unitCode) {
        Optional<Set<String>> units = scope.unitsWithin(unitCode);
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT b.unit_code, CAST(EXTRACT(YEAR FROM b.held_on) AS integer),"
                        + " CAST(EXTRACT(QUARTER FROM b.held_on) AS integer), COUNT(*),"
                        + " SUM((SELECT COUNT(*) FROM briefing_attendees a WHERE a.briefing_id = b.id))"
                        + " FROM briefings b WHERE b.held_on BETWEEN :from AND :to"
                        + " AND (:all OR b.unit_code IN (:units))"
                        + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("all", units.isEmpty())
                .setParameter("units", codes(units))
                .getResultList();
        List<QuarterFigures> figures = new ArrayList<>();
        for (Object[] row : rows) {
            long count = ((Number) row[3]).longValue();
            figures.add(new QuarterFigures(
                    (String) row[0],
                    ((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue(),
                    count,
                    ((Number) row[4]).longValue(),
                    Briefing.meetsQuarterlyMark(count)));
        }
        return figures;
    }

    /**
     * Officers posted today at the unit (or a unit under it) who attended none of the last {@code last} briefings held
     * there while they were posted there; by name.
     */
    public List<Absentee> absentees(String unitCode, int last, LocalDate today) {
        Set<String> units = scope.unitsWithin(unitCode).orElseThrow();
        List<Briefing> briefings = entityManager
                .createQuery(
                        "SELECT b FROM Briefing b WHERE b.unitCode IN :units ORDER BY b.heldOn DESC, b.id DESC",
                        Briefing.class)
                .setParameter("units", units.stream().map(UnitCode::new).toList())
                .setMaxResults(last)
                .getResultList();
        List<Posting> postedToday = entityManager
                .createQuery(
                        "SELECT p FROM Posting p WHERE p.unitCode IN :units AND p.validFrom <= :today"
                                + " AND (p.validTo IS NULL OR p.validTo >= :today)",
                        Posting.class)
                .setParameter("units", units.stream().map(UnitCode::new).toList())
                .setParameter("today", today)
                .getResultList();
        Map<UUID, Absentee> absentees = new LinkedHashMap<>();
        for (Posting posting : postedToday) {
            Officer officer = entityManager.find(Officer.class, posting.officerId());
            List<Briefing> whilePosted = briefings.stream()
                    .filter(b -> officer.postingOn(b.heldOn())
                            .filter(p -> units.contains(p.unitCode()))
                            .isPresent())
                    .toList();
            OfficerId id = new OfficerId(officer.id());
            if (!whilePosted.isEmpty() && whilePosted.stream().noneMatch(b -> b.attendedBy(id))) {
                absentees.put(officer.id(), new Absentee(officer, whilePosted.size()));
            }
        }
        return absentees.values().stream()
                .sorted(Comparator.comparing((Absentee a) -> a.officer().searchName())
                        .thenComparing(a -> a.officer().id()))
                .toList();
    }

    private static List<String> codes(Optional<Set<String>> units) {
        return units.map(set -> set.isEmpty() ? List.of("") : List.copyOf(set)).orElse(List.of(""));
    }
}
