package vn.customs.staffing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import vn.customs.platform.domain.OfficerId;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationKind;
import vn.customs.staffing.domain.assets.AssetDeclarationRepository;

/** Asset declarations in PostgreSQL. */
@ApplicationScoped
public class JpaAssetDeclarationRepository implements AssetDeclarationRepository {

    private final EntityManager entityManager;

    JpaAssetDeclarationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<AssetDeclaration> find(UUID id) {
        return Optional.ofNullable(entityManager.find(AssetDeclaration.class, id));
    }

    @Override
    public boolean filed(UUID officerId, AssetDeclarationKind kind, int year) {
        return !entityManager
                .createQuery(
                        "SELECT a.id FROM AssetDeclaration a WHERE a.officerId = :officer AND a.kind = :kind"
                                + " AND a.year = :year",
                        UUID.class)
                .setParameter("officer", new OfficerId(officerId))
                .setParameter("kind", kind)
                .setParameter("year", year)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(AssetDeclaration declaration) {
        entityManager.persist(declaration);
    }
}
