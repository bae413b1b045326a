package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationKind;
import vn.customs.staffing.domain.assets.AssetDeclarationRepository;
import vn.customs.staffing.domain.assets.DeclaredAsset;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerRepository;

/** Files an officer's asset declaration: one FIRST and one ANNUAL per year, a SUPPLEMENTARY one over the rise. */
@ApplicationScoped
public class FileAssetDeclaration {

    private final AssetDeclarationRepository declarations;
    private final OfficerRepository officers;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Today today;

    FileAssetDeclaration(
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
}
