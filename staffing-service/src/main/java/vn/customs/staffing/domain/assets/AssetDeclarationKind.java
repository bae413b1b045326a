package vn.customs.staffing.domain.assets;

/** FIRST on taking up a listed post, ANNUAL by 31 December, SUPPLEMENTARY when assets rose above the threshold. */
public enum AssetDeclarationKind {
    FIRST,
    ANNUAL,
    SUPPLEMENTARY
}
