package vn.customs.staffing.domain.assets;

import java.util.EnumSet;
import java.util.Set;

/** SUBMITTED → PUBLICIZED → VERIFIED or QUERIED; the table of allowed steps is here and nowhere else. */
public enum AssetDeclarationStatus {
    SUBMITTED,
    PUBLICIZED,
    VERIFIED,
    QUERIED;

    public Set<AssetDeclarationStatus> next() {
        switch (this) {
            case SUBMITTED:
                return EnumSet.of(PUBLICIZED);
            case PUBLICIZED:
                return EnumSet.of(VERIFIED, QUERIED);
            case VERIFIED:
            case QUERIED:
                return EnumSet.noneOf(AssetDeclarationStatus.class);
        }
        throw new IllegalStateException("unreachable: " + this);
    }
}
