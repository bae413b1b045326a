package vn.customs.declarations.domain.declaration;

import java.util.regex.Pattern;
import vn.customs.platform.domain.RuleViolationException;

/** A Vietnamese tax id (mã số thuế): 10 digits, or 10-3 for a branch. */
public record TaxId(String value) {

    public static final String PATTERN = "\\d{10}(-\\d{3})?";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public TaxId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new RuleViolationException("invalid-tax-id", "A tax id is 10 digits, or 10-3 for a branch: " + value);
        }
    }
}
