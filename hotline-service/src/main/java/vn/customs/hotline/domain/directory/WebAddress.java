package vn.customs.hotline.domain.directory;

import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import vn.customs.platform.domain.RuleViolationException;

/**
 * The web page where reports may be filed: an absolute {@code https} address with a host and no user name, so that
 * the directory never sends a reporter over a connection others can read or alter.
 */
@Embeddable
public record WebAddress(String value) {

    public static final String PATTERN = "https://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][^\\s]*)?";
    public static final int MAX_LENGTH = 500;

    private static final Pattern VALID = Pattern.compile(PATTERN);

    public WebAddress {
        value = value == null ? null : value.strip();
        if (value == null
                || value.length() > MAX_LENGTH
                || !VALID.matcher(value).matches()
                || !wellFormed(value)) {
            throw new RuleViolationException(
                    "invalid-web-address",
                    "Not an https address such as https://langson.customs.gov.vn/duong-day-nong.");
        }
    }

    private static boolean wellFormed(String value) {
        try {
            URI uri = new URI(value);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
