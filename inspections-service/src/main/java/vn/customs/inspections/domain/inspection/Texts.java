package vn.customs.inspections.domain.inspection;

import vn.customs.platform.domain.RuleViolationException;

/** The one check of free texts (scope, reasons, conclusions): present and within their length. */
public final class Texts {

    private Texts() {}

    public static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(field + "-required", "The " + field + " is required.");
        }
        if (text.length() > max) {
            throw new RuleViolationException(
                    field + "-too-long", "The " + field + " has at most " + max + " characters.");
        }
        return text.strip();
    }
}
