package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationKind;
import vn.customs.staffing.domain.officer.Officer;

/**
 * Who owes an asset declaration, whoever asks: a FIRST one after appointment to a post that requires it, an ANNUAL one
 * past its deadline. The daily notices use it as it is; {@link AssetDeclarationQueries} limits it to the caller's units.
 */
@ApplicationScoped
public class AssetDeclarationsOwed {

    private final EntityManager entityManager;
    private final Today today;

    AssetDeclarationsOwed(EntityManager entityManager, Today today) {
        this.entityManager = entityManager;
        this.today = today;
    }

    /** An officer who owes his FIRST declaration: appointed to a post that requires one, none filed yet. */
    public record FirstDeclarationOwed(Officer officer, LocalDate appointedOn, LocalDate deadline, boolean overdue) {}

    /**
     * Officers who owe a FIRST declaration on {@code day}: they took up a post that requires declarations (a sensitive
     * post or a unit's head post) on or before that day and have filed no FIRST declaration. The deadline counts from
     * their first such posting; {@code overdue} once it has passed.
     */
    public List<FirstDeclarationOwed> firstOwed(LocalDate day) {
        List<Object[]> rows = entityManager
                .createQuery(
                        "SELECT p.officer.id, MIN(p.validFrom) FROM Posting p, Post po WHERE po.id = p.postId"
                                + " AND (po.sensitive = true OR po.headOfUnit = true) AND p.validFrom <= :day"
                                + " AND NOT EXISTS (SELECT 1 FROM AssetDeclaration a WHERE a.officerId = p.officer.id"
                                + " AND a.kind = :first)"
                                + " GROUP BY p.officer.id ORDER BY MIN(p.validFrom), p.officer.id",
                        Object[].class)
                .setParameter("day", day)
                .setParameter("first", AssetDeclarationKind.FIRST)
                .getResultList();
        return rows.stream()
                .map(row -> {
                    LocalDate appointedOn = (LocalDate) row[1];
                    LocalDate deadline = AssetDeclaration.firstDeadline(appointedOn);
                    return new FirstDeclarationOwed(
                            entityManager.find(Officer.class, row[0]), appointedOn, deadline, day.isAfter(deadline));
                })
                .toList();
    }

    /**
     * Officers who owe an annual declaration for {@code year} (on the last day of the year they headed a unit or held
     * a sensitive post) and had not filed it by the deadline. Empty until the deadline has passed.
     */
    public List<Officer> overdue(int year) {
        LocalDate deadline = AssetDeclaration.annualDeadline(year);
        if (!today.date().isAfter(deadline)) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "SELECT DISTINCT o FROM Officer o JOIN o.postings p, Post po WHERE po.id = p.postId"
                                + " AND (po.sensitive = true OR po.headOfUnit = true)"
                                + " AND p.validFrom <= :deadline AND (p.validTo IS NULL OR p.validTo >= :deadline)"
                                + " AND NOT EXISTS (SELECT 1 FROM AssetDeclaration a WHERE a.officerId = o.id"
                                + " AND a.kind = :annual AND a.year = :year AND a.filedOn <= :deadline)"
                                + " ORDER BY o.id",
                        Officer.class)
                .setParameter("deadline", deadline)
                .setParameter("annual", AssetDeclarationKind.ANNUAL)
                .setParameter("year", year)
                .getResultList();
    }
}
