package vn.customs.declarations.domain.declaration;

/** Which way the goods cross the border: IMPORT or EXPORT. */
public enum Flow {
    IMPORT,
    EXPORT
}
