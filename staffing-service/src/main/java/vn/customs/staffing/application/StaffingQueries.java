package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationStatus;
import vn.customs.staffing.domain.discipline.CaseStatus;
import vn.customs.staffing.domain.discipline.DisciplineCase;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.officer.SearchName;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.PostFunction;
import vn.customs.staffing.domain.organisation.Rank;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.staffing.domain.organisation.UnitKind;
import vn.customs.staffing.domain.rotation.PlanStatus;
import vn.customs.staffing.domain.rotation.RotationPlan;

/**
 * The read side: lists with filters and keyset pagination, "who was where on date D", heads of units. Every read is
 * limited to the units the caller may see ({@link CallerScope}). Reads run without a transaction of their own, in the
 * request's persistence context, so that the views a resource builds from the entities may load their lazy parts.
 */
@ApplicationScoped
public class StaffingQueries {

    private static final String POSTING_ROW =
            "SELECT p, o.fullName, o.serviceNumber, po FROM Posting p" + " JOIN p.officer o, Post po";

    private final EntityManager entityManager;
    private final CallerScope scope;
    private final AssetDeclarations assets;

    StaffingQueries(EntityManager entityManager, CallerScope scope, AssetDeclarations assets) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.assets = assets;
    }

    public List<Unit> units(UnitKind kind, String parentCode, PageRequest page) {
        Query query = new Query("SELECT u FROM Unit u")
                .where("u.code > :after", "after", page.after().orElse(""))
                .whereGiven("u.kind = :kind", "kind", kind);
        if (parentCode != null) {
            query.where("u.parentId = (SELECT x.id FROM Unit x WHERE x.code = :parent)", "parent", parentCode);
        }
        scope.visibleUnits().ifPresent(codes -> query.where("u.code IN :visible", "visible", codes));
        return query.build(entityManager, "u.code", Unit.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
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
                        "p.unitId IN (SELECT u.id FROM Unit u WHERE u.code IN :visible)", "visible", codes));
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

    /** Officers by name (diacritics and case ignored), by the unit where they are posted today, by rank. */
    public List<Officer> officers(String name, String unitCode, Rank rank, LocalDate today, PageRequest page) {
        PageRequest.Position<String> after =
                page.afterPosition(key -> key).orElse(new PageRequest.Position<>("", PageRequest.FIRST_ID));
        Query query = new Query("SELECT o FROM Officer o")
                .where(
                        "(o.searchName > :afterName OR (o.searchName = :afterName AND o.id > :afterId))",
                        "afterName",
                        after.key())
                .with("afterId", after.id())
                .whereGiven("o.rank = :rank", "rank", rank);
        if (name != null && !name.isBlank()) {
            query.where("o.searchName LIKE :name", "name", "%" + SearchName.of(name) + "%");
        }
        String postedAt = "EXISTS (SELECT 1 FROM Posting p WHERE p.officer = o AND p.unitCode IN :units"
                + " AND p.validFrom <= :today AND (p.validTo IS NULL OR p.validTo >= :today))";
        if (unitCode != null) {
            query.where(postedAt.replace(":units", "(:unit)"), "unit", unitCode).with("today", today);
        }
        scope.visibleUnits()
                .ifPresent(codes -> query.where(postedAt.replace(":units", ":visible"), "visible", codes)
                        .with("today", today));
        return query.build(entityManager, "o.searchName, o.id", Officer.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }

    /** The officer, if the caller may see him: a unit head sees only officers posted in his units at some time. */
    public Officer officer(UUID id) {
        Officer officer = Optional.ofNullable(entityManager.find(Officer.class, id))
                .orElseThrow(() -> new UnknownObjectException("officer", id));
        scope.require(unitsOf(officer), "officer", id);
        return officer;
    }

    /**
     * Who was posted on {@code day} (at a unit, on a post, or everywhere), as the register knows it now, or as it
     * knew it at {@code knownAt}: postings recorded later are left out, and ends recorded later are not yet ends.
     */
    public List<PostingRow> postedOn(String unitCode, UUID postId, LocalDate day, Instant knownAt, PageRequest page) {
        Query query = new Query(POSTING_ROW)
                .where("po.id = p.postId")
                .where("p.id > :after", "after", page.afterId())
                .where("p.validFrom <= :day", "day", day)
                .whereGiven("p.unitCode = :unit", "unit", unitCode)
                .whereGiven("p.postId = :post", "post", postId);
        return rows(asKnownAt(query, knownAt), page);
    }

    /**
     * Keeps postings {@code p} that cover {@code :day} as the register knew it at {@code knownAt} (null: now):
     * postings recorded later are left out, and ends recorded later are not yet ends.
     */
    static Query asKnownAt(Query query, Instant knownAt) {
        if (knownAt == null) {
            return query.where("(p.validTo IS NULL OR p.validTo >= :day)");
        }
        return query.where("p.recordedAt <= :knownAt", "knownAt", knownAt)
                .where("(p.validTo IS NULL OR p.validTo >= :day OR p.endRecordedAt > :knownAt)");
    }

    /** Every posting of a post, newest first. */
    public List<PostingRow> postHistory(UUID postId, PageRequest page) {
        post(postId);
        Query query = new Query(POSTING_ROW)
                .where("po.id = p.postId")
                .where("p.postId = :post", "post", postId)
                .where("p.id > :after", "after", page.afterId());
        return rows(query, page);
    }

    private List<PostingRow> rows(Query query, PageRequest page) {
        scope.visibleUnits().ifPresent(codes -> query.where("p.unitCode IN :visible", "visible", codes));
        return query
                .build(entityManager, "p.id", Object[].class)
                .setMaxResults(page.limit() + 1)
                .getResultList()
                .stream()
                .map(row -> new PostingRow((Posting) row[0], (String) row[1], (String) row[2], (Post) row[3]))
                .collect(Collectors.toList());
    }

    /**
     * The posting on the unit's head post on {@code day}, if the post was held; as the register knows it now, or as
     * it knew it at {@code knownAt} (null: now).
     */
    public Optional<PostingRow> headOf(UUID unitId, LocalDate day, Instant knownAt) {
        unit(unitId);
        Query query = new Query(POSTING_ROW)
                .where("po.id = p.postId")
                .where("po.unitId = :unit", "unit", unitId)
                .where("po.headOfUnit = true")
                .where("p.validFrom <= :day", "day", day);
        return asKnownAt(query, knownAt)
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
                .setParameter("unit", unitCode)
                .setParameter("day", day)
                .getResultStream()
                .findFirst()
                .map(Posting::officerId);
    }

    /** Discipline cases; a unit head sees those of his units (the officer's unit when the case opened). */
    public List<DisciplineCase> cases(UUID officerId, CaseStatus status, PageRequest page) {
        Query query = new Query("SELECT c FROM DisciplineCase c")
                .where("c.id > :after", "after", page.afterId())
                .whereGiven("c.officerId = :officer", "officer", officerId)
                .whereGiven("c.status = :status", "status", status);
        scope.visibleUnits().ifPresent(codes -> query.where("c.unitCode IN :visible", "visible", codes));
        return query.build(entityManager, "c.id", DisciplineCase.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }

    /** The case, if the caller may see it; another unit's case is 404. */
    public DisciplineCase disciplineCase(UUID id) {
        DisciplineCase found = Optional.ofNullable(entityManager.find(DisciplineCase.class, id))
                .orElseThrow(() -> new UnknownObjectException("discipline case", id));
        scope.require(found.unitCode() == null ? Set.of() : Set.of(found.unitCode()), "discipline case", id);
        return found;
    }

    /** Asset declarations; a unit head sees those of officers posted in his units at some time. */
    public List<AssetDeclaration> declarations(
            UUID officerId, Integer year, AssetDeclarationStatus status, PageRequest page) {
        Query query = new Query("SELECT a FROM AssetDeclaration a")
                .where("a.id > :after", "after", page.afterId())
                .whereGiven("a.officerId = :officer", "officer", officerId)
                .whereGiven("a.year = :year", "year", year)
                .whereGiven("a.status = :status", "status", status);
        scope.visibleUnits()
                .ifPresent(codes -> query.where(
                        "EXISTS (SELECT 1 FROM Posting p WHERE p.officer.id = a.officerId AND p.unitCode IN :visible)",
                        "visible",
                        codes));
        return query.build(entityManager, "a.id", AssetDeclaration.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }

    /** The declaration, if the caller may see its officer; otherwise 404. */
    public AssetDeclaration declaration(UUID id) {
        AssetDeclaration found = Optional.ofNullable(entityManager.find(AssetDeclaration.class, id))
                .orElseThrow(() -> new UnknownObjectException("asset declaration", id));
        Officer officer = entityManager.find(Officer.class, found.officerId());
        scope.require(unitsOf(officer), "asset declaration", id);
        return found;
    }

    /** Who has not filed the annual declaration for {@code year} on time, among the officers the caller sees. */
    public List<Officer> overdueDeclarants(int year) {
        return assets.overdue(year).stream()
                .filter(officer -> scope.seesAny(unitsOf(officer)))
                .toList();
    }

    /** Who owes a FIRST declaration on {@code day}, among the officers the caller sees. */
    public List<AssetDeclarations.FirstDeclarationOwed> firstDeclarationsOwed(LocalDate day) {
        return assets.firstOwed(day).stream()
                .filter(owed -> scope.seesAny(unitsOf(owed.officer())))
                .toList();
    }

    private static Set<String> unitsOf(Officer officer) {
        return officer.postings().stream().map(Posting::unitCode).collect(Collectors.toSet());
    }

    public List<RotationPlan> plans(PlanStatus status, PageRequest page) {
        return new Query("SELECT p FROM RotationPlan p")
                .where("p.id > :after", "after", page.afterId())
                .whereGiven("p.status = :status", "status", status)
                .build(entityManager, "p.id", RotationPlan.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }

    public Post postOf(Posting posting) {
        return entityManager.find(Post.class, posting.postId());
    }
}
