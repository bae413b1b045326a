package vn.customs.hotline.domain.directory;

import vn.customs.platform.domain.RuleViolationException;

/** The checks every text of a directory entry gets: stripped, and refused when blank or too long. */
final class Text {

    private Text() {}

    /** {@code text} stripped; a rule violation named {@code code} when it is missing, blank or too long. */
    static String required(String text, int maxLength, String code, String what) {
        String stripped = optional(text, maxLength, code, what);
        if (stripped == null) {
            throw new RuleViolationException(code, what + " is required.");
        }
        return stripped;
    }

    /** {@code text} stripped, null when missing or blank; a rule violation named {@code code} when too long. */
    static String optional(String text, int maxLength, String code, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new RuleViolationException(code, what + " has at most " + maxLength + " characters.");
        }
        return stripped;
    }
}
