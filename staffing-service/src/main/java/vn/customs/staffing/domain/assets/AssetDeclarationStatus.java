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
        return switch (this) {
            case SUBMITTED -> EnumSet.of(PUBLICIZED);
            case PUBLICIZED -> EnumSet.of(VERIFIED, QUERIED);
            case VERIFIED, QUERIED -> EnumSet.noneOf(AssetDeclarationStatus.class);
        };
    }
}
