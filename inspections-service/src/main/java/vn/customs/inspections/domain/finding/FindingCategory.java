package vn.customs.inspections.domain.finding;

/** What a finding is about: the article's badges, uniforms and conduct first. */
public enum FindingCategory {
    UNIFORM,
    NAME_BADGE,
    CONDUCT,
    PROCEDURE,
    DELAY,
    BRIBERY,
    OTHER
}
