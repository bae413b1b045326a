package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationKind;
import vn.customs.staffing.domain.assets.AssetDeclarationRepository;
import vn.customs.staffing.domain.assets.DeclaredAsset;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerRepository;

/**
 * Filing asset declarations and moving them through publication and verification; who owes an annual declaration
 * for a year and has not filed it.
 */
@ApplicationScoped
public class AssetDeclarations {

    /** The steps a declaration goes through after filing. */
    public enum Step {
        PUBLICIZE,
        VERIFY,
        QUERY
    }

    private final AssetDeclarationRepository declarations;
    private final OfficerRepository officers;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Today today;

    AssetDeclarations(
            AssetDeclarationRepository declarations,
            OfficerRepository officers,
            EntityManager entityManager,
            AuditTrail audit,
            Today today) {
        this.declarations = declarations;
        this.officers = officers;
        this.entityManager = entityManager;
        this.audit = audit;
        this.today = today;
    }

    /** An officer who owes his FIRST declaration: appointed to a post that requires one, none filed yet. */
    public record FirstDeclarationOwed(Officer officer, LocalDate appointedOn, LocalDate deadline, boolean overdue) {}

    @Transactional
    public AssetDeclaration file(
            UUID officerId,
            AssetDeclarationKind kind,
            int year,
            BigDecimal totalAssetsVnd,
            BigDecimal riseVnd,
            List<DeclaredAsset> assets) {
        Officer officer = officers.officer(officerId)
                .orElseThrow(() -> new RuleViolationException("unknown-officer", "No officer " + officerId + "."));
        if (kind != AssetDeclarationKind.SUPPLEMENTARY && declarations.filed(officer.id(), kind, year)) {
            throw new RuleViolationException(
                    "already-filed", "The officer already filed a " + kind + " declaration for " + year + ".");
        }
        AssetDeclaration declaration = AssetDeclaration.file(
                TimeOrderedIds.next(), officer.id(), kind, year, totalAssetsVnd, riseVnd, assets, today.date());
        declarations.add(declaration);
        entityManager.flush();
        audit.record(
                "file-asset-declaration",
                "asset-declaration",
                declaration.id(),
                Map.of("officer", officerId, "kind", kind, "year", year));
        return declaration;
    }

    @Transactional
    public AssetDeclaration advance(UUID id, ExpectedVersion expected, Step step, String question) {
        AssetDeclaration declaration = find(id);
        expected.requireMatches(declaration.version());
        switch (step) {
            case PUBLICIZE -> declaration.publicize();
            case VERIFY -> declaration.verify();
            case QUERY -> declaration.query(question);
        }
        entityManager.flush();
        audit.record("advance-asset-declaration", "asset-declaration", id, Map.of("step", step));
        return declaration;
    }

    public AssetDeclaration find(UUID id) {
        return declarations.find(id).orElseThrow(() -> new UnknownObjectException("asset declaration", id));
    }

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
