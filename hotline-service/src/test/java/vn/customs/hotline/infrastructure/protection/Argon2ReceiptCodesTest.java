package vn.customs.hotline.infrastructure.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.customs.hotline.domain.protection.ReceiptCode;

class Argon2ReceiptCodesTest {

    /** The production parameters (OWASP: m=19456 KiB, t=2, p=1). */
    private static final Argon2ReceiptCodes CODES = new Argon2ReceiptCodes(19456, 2, 1, new SecureRandom());
    /** Cheap parameters, for the tests that only need many hashes. */
    private static final Argon2ReceiptCodes CHEAP = new Argon2ReceiptCodes(64, 1, 1, new SecureRandom());

    @Test
    void anIssuedCodeIsTypedBackThroughItsText() {
        ReceiptCode code = CODES.issue();
        assertEquals(Optional.of(code), ReceiptCode.parse(code.text()));
        assertEquals(
                Optional.of(code), ReceiptCode.parse(code.text().toLowerCase().replace('-', ' ')));
    }

    @Test
    void issuedCodesUseTheWholeAlphabetAndDoNotRepeat() {
        Set<String> lookups = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        int[] counts = new int[ReceiptCode.ALPHABET.length()];
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            ReceiptCode code = CODES.issue();
            lookups.add(code.lookup());
            secrets.add(code.secret());
            for (char c : (code.lookup() + code.secret()).toCharArray()) {
                counts[ReceiptCode.ALPHABET.indexOf(c)]++;
            }
        }
        // 40 bits of lookup: a repeat among 20,000 draws has a chance of about 2e-4; 80 bits of secret: none.
        assertTrue(lookups.size() >= draws - 1);
        assertEquals(draws, secrets.size());
        // Each of the 32 symbols is expected 15,000 times out of 480,000; a biased draw would be far off.
        double expected = draws * 24.0 / 32;
        for (int i = 0; i < counts.length; i++) {
            assertTrue(Math.abs(counts[i] - expected) < expected * 0.05, "symbol " + ReceiptCode.ALPHABET.charAt(i));
        }
    }

    @Test
    void theHashIsSelfDescribingArgon2idAndHoldsNoPartOfTheCode() {
        ReceiptCode code = CODES.issue();
        String hash = CODES.hash(code);
        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
        assertFalse(hash.contains(code.secret()));
        assertFalse(hash.contains(code.lookup()));
        assertFalse(hash.toUpperCase().contains(code.secret().substring(0, 6)));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        ReceiptCode code = CHEAP.issue();
        String first = CHEAP.hash(code);
        String second = CHEAP.hash(code);
        assertNotEquals(first, second);
        assertTrue(CHEAP.matches(code, first));
        assertTrue(CHEAP.matches(code, second));
    }

    @Test
    void theRightCodeMatchesAndAWrongOneDoesNot() {
        ReceiptCode code = CODES.issue();
        String hash = CODES.hash(code);
        assertTrue(CODES.matches(code, hash));
        assertTrue(CODES.matches(ReceiptCode.parse(code.text().toLowerCase()).orElseThrow(), hash));
        assertFalse(CODES.matches(CODES.issue(), hash));
        assertFalse(CODES.matches(new ReceiptCode(code.lookup(), oneSymbolOff(code.secret())), hash));
        assertFalse(CODES.matches(new ReceiptCode(oneSymbolOff(code.lookup()), code.secret()), hash));
    }

    @Test
    void anUnknownLookupIsFalseAfterTheSameWork() {
        assertFalse(CODES.matches(CODES.issue(), null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not a hash",
                "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
                "$argon2id$v=19$m=9999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"
            })
    void aMalformedStoredHashIsFalseNotAnError(String stored) {
        assertFalse(CHEAP.matches(CHEAP.issue(), stored));
    }

    @Test
    void aStoredHashIsCheckedWithTheParametersItNames() {
        ReceiptCode code = CHEAP.issue();
        String cheapHash = CHEAP.hash(code);
        assertTrue(CODES.matches(code, cheapHash));
    }

    @Test
    void parametersOutsideArgon2sBoundsStopTheService() {
        assertThrows(IllegalArgumentException.class, () -> new Argon2ReceiptCodes(4, 2, 1, new SecureRandom()));
        assertThrows(IllegalArgumentException.class, () -> new Argon2ReceiptCodes(19456, 0, 1, new SecureRandom()));
        assertThrows(IllegalArgumentException.class, () -> new Argon2ReceiptCodes(19456, 2, 0, new SecureRandom()));
    }

    private static String oneSymbolOff(String text) {
        char first = text.charAt(0);
        char other = ReceiptCode.ALPHABET.charAt((ReceiptCode.ALPHABET.indexOf(first) + 1) % 32);
        return other + text.substring(1);
    }
}
