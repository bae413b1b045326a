package vn.customs.hotline.domain.report;

/** How hard the case is to settle; decides the settlement term and how many extensions it may get. */
public enum Complexity {
    NORMAL,
    COMPLEX,
    VERY_COMPLEX
}
