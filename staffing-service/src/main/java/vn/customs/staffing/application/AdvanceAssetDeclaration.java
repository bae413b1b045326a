package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationRepository;

/** Moves a filed declaration on: publicized at the workplace, then verified or queried. */
@ApplicationScoped
public class AdvanceAssetDeclaration {

    /** The steps a declaration goes through after filing. */
    public enum Step {
        PUBLICIZE,
        VERIFY,
        QUERY
    }

    private final AssetDeclarationRepository declarations;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    AdvanceAssetDeclaration(AssetDeclarationRepository declarations, EntityManager entityManager, AuditTrail audit) {
        this.declarations = declarations;
        this.entityManager = entityManager;
        this.audit = audit;
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

    private AssetDeclaration find(UUID id) {
        return declarations.find(id).orElseThrow(() -> new UnknownObjectException("asset declaration", id));
    }
}
