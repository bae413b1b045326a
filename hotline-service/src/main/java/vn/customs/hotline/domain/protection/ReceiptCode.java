package vn.customs.hotline.domain.protection;

import java.util.Locale;
import java.util.Optional;

/**
 * A receipt code: a public lookup part, stored in clear to find the report, and a secret part, of which only a salted
 * slow hash is stored. Both are Crockford base32 (0-9 A-Z without I L O U), so that a code read over the phone or
 * typed from paper survives the usual confusions.
 */
public record ReceiptCode(String lookup, String secret) {

    /** 40 bits, stored in clear (unique index) to find the report. */
    public static final int LOOKUP_LENGTH = 8;

    /** 80 bits, of which only a salted slow hash is stored. */
    public static final int SECRET_LENGTH = 16;

    /** Crockford's base32 alphabet, in the order of the values 0 to 31. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int GROUP = 4;

    public ReceiptCode {
        if (lookup == null || lookup.length() != LOOKUP_LENGTH || !inAlphabet(lookup)) {
            throw new IllegalArgumentException(
                    "A receipt code's lookup part is " + LOOKUP_LENGTH + " Crockford base32 characters");
        }
        if (secret == null || secret.length() != SECRET_LENGTH || !inAlphabet(secret)) {
            throw new IllegalArgumentException(
                    "A receipt code's secret part is " + SECRET_LENGTH + " Crockford base32 characters");
        }
    }

    /** The code as shown to the reporter: 6 groups of 4 joined by dashes, lookup first ("ABCD-EFGH-JKMN-..."). */
    public String text() {
        String all = lookup + secret;
        StringBuilder text = new StringBuilder(all.length() + all.length() / GROUP);
        for (int i = 0; i < all.length(); i += GROUP) {
            if (i > 0) {
                text.append('-');
            }
            text.append(all, i, i + GROUP);
        }
        return text.toString();
    }

    /**
     * Parses what a person typed: case-insensitive, spaces and dashes ignored, O read as 0 and I or L as 1; empty when
     * what remains is not a code.
     */
    public static Optional<ReceiptCode> parse(String typed) {
        if (typed == null || typed.length() > 4 * (LOOKUP_LENGTH + SECRET_LENGTH)) {
            return Optional.empty();
        }
        StringBuilder normal = new StringBuilder(LOOKUP_LENGTH + SECRET_LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            normal.append(
                    switch (c) {
                        case 'O' -> '0';
                        case 'I', 'L' -> '1';
                        default -> c;
                    });
        }
        if (normal.length() != LOOKUP_LENGTH + SECRET_LENGTH || !inAlphabet(normal)) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptCode(normal.substring(0, LOOKUP_LENGTH), normal.substring(LOOKUP_LENGTH)));
    }

    /** Names the lookup part only: the secret never reaches a log line or an exception message. */
    @Override
    public String toString() {
        return "ReceiptCode[lookup=" + lookup + "]";
    }

    private static boolean inAlphabet(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
