package vn.customs.declarations.domain.declaration;

import java.util.regex.Pattern;
import vn.customs.platform.domain.RuleViolationException;

/** An 8-digit HS code of the Vietnamese tariff; chapters run from 01 to 97 (77 is reserved). */
public record HsCode(String value) {

    public static final String PATTERN = "\\d{8}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public HsCode {
        if (value == null || !VALID.matcher(value).matches() || !validChapter(value.substring(0, 2))) {
            throw new RuleViolationException("invalid-hs-code", "An HS code is 8 digits of chapter 01 to 97: " + value);
        }
    }

    public static boolean valid(String value) {
        return value != null && VALID.matcher(value).matches() && validChapter(value.substring(0, 2));
    }

    public String chapter() {
        return value.substring(0, 2);
    }

    private static boolean validChapter(String chapter) {
        int number = Integer.parseInt(chapter);
        return number >= 1 && number <= 97 && number != 77;
    }
}
