package vn.customs.staffing.domain.assets;

import java.util.Optional;
import java.util.UUID;

/** Asset declarations. */
public interface AssetDeclarationRepository {

    Optional<AssetDeclaration> find(UUID id);

    boolean filed(UUID officerId, AssetDeclarationKind kind, int year);

    void add(AssetDeclaration declaration);
}
