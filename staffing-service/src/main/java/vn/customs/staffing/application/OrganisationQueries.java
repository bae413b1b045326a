package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;
import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.PostFunction;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.staffing.domain.organisation.UnitKind;

/**
 * Units and posts the caller may read, and who headed a unit on a day. Reads run without a transaction of their own, in
 * the request's persistence context, so that the views a resource builds may load the entities' lazy parts.
 */
@ApplicationScoped
public class OrganisationQueries {

    private final EntityManager entityManager;
    private final CallerScope scope;

    OrganisationQueries(EntityManager entityManager, CallerScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    public List<Unit> units(UnitKind kind, String parentCode, PageRequest page) {
        Query query = new Query("SELECT u FROM Unit u")
                .whereGiven(
                        "u.code > :after",
                        "after",
                        page.after().map(UnitCode::new).orElse(null))
                .whereGiven("u.kind = :kind", "kind", kind);
        if (parentCode != null) {
            query.where(
                    "u.parentId = (SELECT x.id FROM Unit x WHERE x.code = :parent)",
                    "parent",
                    new UnitCode(parentCode));
        }
        scope.visibleUnits().ifPresent(codes -> query.where("u.code IN :visible", "visible", unitCodes(codes)));
        return query.build(entityManager, "u.code", Unit.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }

    private static List<UnitCode> unitCodes(Set<String> codes) {
        return codes.stream().map(UnitCode::new).toList();
    }

    public Unit unit(UUID id) {
        Unit unit = Optional.ofNullable(entityManager.find(Unit.class, id))
                .orElseThrow(() -> new UnknownObjectException("unit", id));
        scope.require(Set.of(unit.code()), "unit", id);
        return unit;
    }

    public List<Post> posts(UUID unitId, PostFunction function, Boolean sensitive, PageRequest page) {
        Query query = new Query("SELECT p FROM Post p")
                .where("p.id > :after", "after", page.afterId())
                .whereGiven("p.unitId = :unit", "unit", unitId)
                .whereGiven("p.function = :function", "function", function)
                .whereGiven("p.sensitive = :sensitive", "sensitive", sensitive);
        scope.visibleUnits()
                .ifPresent(codes -> query.where(
                        "p.unitId IN (SELECT u.id FROM Unit u WHERE u.code IN :visible)", "visible", unitCodes(codes)));
        return query.build(entityManager, "p.id", Post.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }

    public Post post(UUID id) {
        Post post = Optional.ofNullable(entityManager.find(Post.class, id))
                .orElseThrow(() -> new UnknownObjectException("post", id));
        scope.require(Set.of(unitCodeOf(post)), "post", id);
        return post;
    }

    public String unitCodeOf(Post post) {
        return entityManager.find(Unit.class, post.unitId()).code();
    }

    /**
     * The posting on the unit's head post on {@code day}, if the post was held; as the register knows it now, or as
     * it knew it at {@code knownAt} (null: now).
     */
    public Optional<PostingRow> headOf(UUID unitId, LocalDate day, Instant knownAt) {
        unit(unitId);
        Query query = new Query(OfficerQueries.POSTING_ROW)
                .where("po.id = p.postId")
                .where("po.unitId = :unit", "unit", unitId)
                .where("po.headOfUnit = true")
                .where("p.validFrom <= :day", "day", day);
        return OfficerQueries.asKnownAt(query, knownAt)
                .build(entityManager, "p.validFrom DESC", Object[].class)
                .setMaxResults(1)
                .getResultStream()
                .map(row -> new PostingRow((Posting) row[0], (String) row[1], (String) row[2], (Post) row[3]))
                .findFirst();
    }

    /** The officer holding the head post of the unit with {@code unitCode} on {@code day}, whoever asks. */
    public Optional<UUID> headAt(String unitCode, LocalDate day) {
        return entityManager
                .createQuery(
                        "SELECT p FROM Posting p, Post po WHERE po.id = p.postId AND po.headOfUnit = true"
                                + " AND p.unitCode = :unit AND p.validFrom <= :day"
                                + " AND (p.validTo IS NULL OR p.validTo >= :day)",
                        Posting.class)
                .setParameter("unit", unitCode == null ? null : new UnitCode(unitCode))
                .setParameter("day", day)
                .getResultStream()
                .findFirst()
                .map(Posting::officerId);
    }
}
