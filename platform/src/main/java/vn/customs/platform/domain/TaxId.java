package vn.customs.platform.domain;

import java.util.regex.Pattern;

/** A Vietnamese tax id (mã số thuế): 10 digits, or 10-3 for a branch. */
public record TaxId(String value) {

    public static final String PATTERN = "\\d{10}(-\\d{3})?";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public TaxId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new RuleViolationException("invalid-tax-id", "A tax id is 10 digits, or 10-3 for a branch: " + value);
        }
    }

    /** Whether {@code value} is a well-formed tax id, for checks that collect every problem before refusing. */
    public static boolean valid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
