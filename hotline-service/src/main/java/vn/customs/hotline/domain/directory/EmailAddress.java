package vn.customs.hotline.domain.directory;

import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;
import vn.customs.platform.domain.RuleViolationException;

/** The e-mail address reports may be sent to: a local part, {@code @}, and a domain with a top-level name. */
@Embeddable
public record EmailAddress(String value) {

    public static final String PATTERN =
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,63}";
    public static final int MAX_LENGTH = 254;

    private static final Pattern VALID = Pattern.compile(PATTERN);

    public EmailAddress {
        value = value == null ? null : value.strip();
        if (value == null
                || value.length() > MAX_LENGTH
                || !VALID.matcher(value).matches()
                || value.contains("..")) {
            throw new RuleViolationException(
                    "invalid-email", "Not an e-mail address such as duongdaynong.langson@customs.gov.vn.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
