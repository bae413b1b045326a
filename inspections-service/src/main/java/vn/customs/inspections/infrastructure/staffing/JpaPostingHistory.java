package vn.customs.inspections.infrastructure.staffing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.customs.inspections.domain.staffing.Posting;
import vn.customs.inspections.domain.staffing.PostingHistory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** The posting read model (table {@code postings}), kept by {@link StaffingProjection}. */
@ApplicationScoped
public class JpaPostingHistory implements PostingHistory {

    private static final String COLUMNS =
            "SELECT officer_id, unit_code, post_id, post_function, valid_from, valid_to FROM postings";

    private final EntityManager entityManager;

    JpaPostingHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Posting> ofOfficer(OfficerId officer) {
        List<Object[]> rows = entityManager
                .createNativeQuery(COLUMNS + " WHERE officer_id = :officer ORDER BY valid_from, posting_id")
                .setParameter("officer", officer.value())
                .getResultList();
        return rows.stream().map(JpaPostingHistory::posting).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Posting> atUnits(Set<UnitCode> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager
                .createNativeQuery(COLUMNS + " WHERE unit_code IN (:units) AND valid_from <= :to"
                        + " AND (valid_to IS NULL OR valid_to >= :from)"
                        + " ORDER BY unit_code, post_id, officer_id, valid_from")
                .setParameter("units", units.stream().map(UnitCode::value).toList())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream().map(JpaPostingHistory::posting).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Posting> withFunctionOn(String postFunction, LocalDate day) {
        List<Object[]> rows = entityManager
                .createNativeQuery(COLUMNS + " WHERE post_function = :function AND valid_from <= :day"
                        + " AND (valid_to IS NULL OR valid_to >= :day) ORDER BY officer_id, valid_from, posting_id")
                .setParameter("function", postFunction)
                .setParameter("day", day)
                .getResultList();
        return rows.stream().map(JpaPostingHistory::posting).toList();
    }

    private static Posting posting(Object[] row) {
        return new Posting(
                new OfficerId((UUID) row[0]),
                new UnitCode((String) row[1]),
                (String) row[2],
                (String) row[3],
                Rows.day(row[4]),
                Rows.day(row[5]));
    }
}
