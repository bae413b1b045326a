package vn.customs.staffing.domain.officer;

/** Why an officer took up a post. */
public enum PostingKind {
    INITIAL,
    PERIODIC_ROTATION,
    CADRE_ROTATION,
    TEMPORARY_TRANSFER,
    DISCIPLINARY,
    PROMOTION
}
