package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationStatus;
import vn.customs.staffing.domain.officer.Officer;

/**
 * Asset declarations the caller may read, and who owes a FIRST or an ANNUAL one. Reads run without a transaction of
 * their own, in the request's persistence context, so that the views a resource builds may load the entities' lazy
 * parts.
 */
@ApplicationScoped
public class AssetDeclarationQueries {

    private final EntityManager entityManager;
    private final CallerScope scope;
    private final AssetDeclarationsOwed assets;

    AssetDeclarationQueries(EntityManager entityManager, CallerScope scope, AssetDeclarationsOwed assets) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.assets = assets;
    }

    /** Asset declarations; a unit head sees those of officers posted in his units at some time. */
    public List<AssetDeclaration> declarations(
            UUID officerId, Integer year, AssetDeclarationStatus status, PageRequest page) {
        Query query = new Query("SELECT a FROM AssetDeclaration a")
                .where("a.id > :after", "after", page.afterId())
                .whereGiven("a.officerId = :officer", "officer", officerId == null ? null : new OfficerId(officerId))
                .whereGiven("a.year = :year", "year", year)
                .whereGiven("a.status = :status", "status", status);
        scope.visibleUnits()
                .ifPresent(codes -> query.where(
                        "EXISTS (SELECT 1 FROM Posting p WHERE p.officer.id = a.officerId AND p.unitCode IN :visible)",
                        "visible",
                        codes.stream().map(UnitCode::new).toList()));
        return query.build(entityManager, "a.id", AssetDeclaration.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }

    /** The declaration, if the caller may see its officer; otherwise 404. */
    public AssetDeclaration declaration(UUID id) {
        AssetDeclaration found = Optional.ofNullable(entityManager.find(AssetDeclaration.class, id))
                .orElseThrow(() -> new UnknownObjectException("asset declaration", id));
        Officer officer = entityManager.find(Officer.class, found.officerId());
        scope.require(OfficerQueries.unitsOf(officer), "asset declaration", id);
        return found;
    }

    /** Who has not filed the annual declaration for {@code year} on time, among the officers the caller sees. */
    public List<Officer> overdueDeclarants(int year) {
        return assets.overdue(year).stream()
                .filter(officer -> scope.seesAny(OfficerQueries.unitsOf(officer)))
                .toList();
    }

    /** Who owes a FIRST declaration on {@code day}, among the officers the caller sees. */
    public List<AssetDeclarationsOwed.FirstDeclarationOwed> firstDeclarationsOwed(LocalDate day) {
        return assets.firstOwed(day).stream()
                .filter(owed -> scope.seesAny(OfficerQueries.unitsOf(owed.officer())))
                .toList();
    }
}
