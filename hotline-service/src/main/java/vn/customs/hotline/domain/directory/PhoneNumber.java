package vn.customs.hotline.domain.directory;

import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;
import vn.customs.platform.domain.RuleViolationException;

/**
 * A number the public can call, with what it is for ("Đường dây nóng", "Trực ban ngoài giờ"). Written as people print
 * it (groups of digits separated by spaces, dots or hyphens); accepted when its digits are a Vietnamese landline with
 * its area code ({@code 0205 3851 234}), a mobile ({@code 0912 345 678}), a 1800/1900 service number
 * ({@code 1900 1234}) or an international number in E.164 ({@code +84 205 3851 234}).
 */
@Embeddable
public record PhoneNumber(String label, String number) {

    /** How a number may be written: digits in groups, an optional leading {@code +}. */
    public static final String PATTERN = "\\+?[0-9]+([ .-]?[0-9]+)*";

    public static final int NUMBER_MAX_LENGTH = 25;
    public static final int LABEL_MAX_LENGTH = 80;

    private static final Pattern WRITTEN = Pattern.compile(PATTERN);
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern LANDLINE = Pattern.compile("02[0-9]{9}");
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
    private static final Pattern SERVICE = Pattern.compile("1[89]00([0-9]{4}|[0-9]{6})");

    public PhoneNumber {
        label = Text.required(label, LABEL_MAX_LENGTH, "invalid-phone-label", "A phone number's label");
        number = number == null ? null : number.strip();
        if (number == null
                || number.length() > NUMBER_MAX_LENGTH
                || !WRITTEN.matcher(number).matches()
                || !dialable(digits(number))) {
            // the number itself is not repeated: a mistyped one may be someone's private mobile
            throw new RuleViolationException(
                    "invalid-phone-number",
                    "Not a phone number: a landline with its area code (0205 3851 234), a mobile (0912 345 678),"
                            + " a 1800/1900 number (1900 1234) or +country code and number (+84 205 3851 234).");
        }
    }

    /** The number as a {@code tel:} URI (RFC 3966) for a click to call: {@code tel:+842053851234}. */
    public String tel() {
        String digits = digits(number);
        if (digits.startsWith("+")) {
            return "tel:" + digits;
        }
        if (digits.startsWith("0")) {
            return "tel:+84" + digits.substring(1);
        }
        return "tel:" + digits + ";phone-context=+84"; // 1800/1900 numbers are reached from Việt Nam only
    }

    private static String digits(String written) {
        return written.replaceAll("[ .-]", "");
    }

    private static boolean dialable(String digits) {
        if (digits.startsWith("+84")) {
            return E164.matcher(digits).matches() && national("0" + digits.substring(3));
        }
        return digits.startsWith("+") ? E164.matcher(digits).matches() : national(digits);
    }

    private static boolean national(String digits) {
        return LANDLINE.matcher(digits).matches()
                || MOBILE.matcher(digits).matches()
                || SERVICE.matcher(digits).matches();
    }
}
