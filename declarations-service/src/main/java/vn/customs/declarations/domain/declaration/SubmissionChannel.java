package vn.customs.declarations.domain.declaration;

/** How a declaration was lodged: ELECTRONIC (software, portal) or PAPER (lodged at the counter). */
public enum SubmissionChannel {
    ELECTRONIC,
    PAPER
}
