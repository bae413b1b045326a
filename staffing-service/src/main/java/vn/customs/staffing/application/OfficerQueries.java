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
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.officer.SearchName;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.Rank;

/**
 * Officers and their postings: search, one officer, "who was where on date D" now or as known then. Reads run without a
 * transaction of their own, in the request's persistence context, so that the views a resource builds may load the
 * entities' lazy parts.
 */
@ApplicationScoped
public class OfficerQueries {

    static final String POSTING_ROW =
            "SELECT p, o.fullName, o.serviceNumber, po FROM Posting p JOIN p.officer o, Post po";

    private final EntityManager entityManager;
    private final CallerScope scope;
    private final OrganisationQueries organisation;

    OfficerQueries(EntityManager entityManager, CallerScope scope, OrganisationQueries organisation) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.organisation = organisation;
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
            query.where(postedAt.replace(":units", "(:unit)"), "unit", new UnitCode(unitCode))
                    .with("today", today);
        }
        scope.visibleUnits()
                .ifPresent(codes -> query.where(
                                postedAt.replace(":units", ":visible"),
                                "visible",
                                codes.stream().map(UnitCode::new).toList())
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
                .whereGiven("p.unitCode = :unit", "unit", unitCode == null ? null : new UnitCode(unitCode))
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
        organisation.post(postId);
        Query query = new Query(POSTING_ROW)
                .where("po.id = p.postId")
                .where("p.postId = :post", "post", postId)
                .where("p.id > :after", "after", page.afterId());
        return rows(query, page);
    }

    private List<PostingRow> rows(Query query, PageRequest page) {
        scope.visibleUnits()
                .ifPresent(codes -> query.where(
                        "p.unitCode IN :visible",
                        "visible",
                        codes.stream().map(UnitCode::new).toList()));
        return query
                .build(entityManager, "p.id", Object[].class)
                .setMaxResults(page.limit() + 1)
                .getResultList()
                .stream()
                .map(row -> new PostingRow((Posting) row[0], (String) row[1], (String) row[2], (Post) row[3]))
                .collect(Collectors.toList());
    }

    static Set<String> unitsOf(Officer officer) {
        return officer.postings().stream().map(Posting::unitCode).collect(Collectors.toSet());
    }

    public Post postOf(Posting posting) {
        return entityManager.find(Post.class, posting.postId());
    }
}
