package vn.customs.platform.domain;

import java.util.regex.Pattern;

/**
 * The code a unit of the department is known by across the suite ({@code HUU_NGHI}, {@code DEPT}): 2 to 32 capital
 * letters, digits or underscores, starting with a letter. Staffing gives it; the other services refer to it.
 */
public record UnitCode(String value) {

    public static final String PATTERN = "[A-Z][A-Z0-9_]{1,31}";
    public static final int MAX_LENGTH = 32;
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public UnitCode {
        if (!valid(value)) {
            throw new RuleViolationException(
                    "invalid-unit-code", "A unit code is 2 to 32 capital letters, digits or underscores: " + value);
        }
    }

    /** Whether {@code value} is a well-formed unit code. */
    public static boolean valid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
