package vn.customs.hotline.domain.directory;

/**
 * Where in the department a directory entry sits: the department's own line first, then each gate's. The directory
 * lists them in this order, which is also the alphabetical order of the names it stores.
 */
public enum UnitLevel {
    DEPARTMENT,
    GATE
}
