package vn.customs.staffing.domain.assets;

import jakarta.persistence.Embeddable;
import java.util.Objects;
import vn.customs.platform.domain.Money;

/** A single asset listed on its own in a declaration, because it is worth at least the per-asset threshold. */
@Embeddable
public record DeclaredAsset(String description, Money value) {

    public DeclaredAsset {
        Objects.requireNonNull(value, "value");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("an asset is described");
        }
        description = description.strip();
    }
}
