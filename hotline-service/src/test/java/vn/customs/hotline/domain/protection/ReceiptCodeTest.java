package vn.customs.hotline.domain.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptCodeTest {

    private static final ReceiptCode CODE = new ReceiptCode("ABCD0123", "EFGH4567JKMN89PQ");

    @Test
    void textIsSixGroupsOfFourLookupFirst() {
        assertEquals("ABCD-0123-EFGH-4567-JKMN-89PQ", CODE.text());
        assertEquals(Optional.of(CODE), ReceiptCode.parse(CODE.text()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abcd-0123-efgh-4567-jkmn-89pq", // lower case
                "ABCD 0123 EFGH 4567 JKMN 89PQ", // spaces for dashes
                "  ABCD0123EFGH4567JKMN89PQ  ", // no separators, padding around
                "ABCD-O123-EFGH-4567-JKMN-89PQ", // letter O for zero
                "abcd-o123-efgh-4567-jkmn-89pq",
                "ABCD - 0123 - EFGH - 4567 - JKMN - 89PQ",
                "ABCD--0123--EFGH-4567-JKMN-89PQ"
            })
    void parseForgivesWhatPeopleType(String typed) {
        assertEquals(Optional.of(CODE), ReceiptCode.parse(typed));
    }

    @ParameterizedTest
    @CsvSource({"ABCD-I123-EFGH-4567-JKMN-89PQ", "ABCD-l123-EFGH-4567-JKMN-89PQ", "ABCD-L123-EFGH-4567-JKMN-89PQ"})
    void parseReadsIAndLAsOne(String typed) {
        assertEquals("ABCD1123", ReceiptCode.parse(typed).orElseThrow().lookup());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "ABCD-0123-EFGH-4567-JKMN-89P", // one short
                "ABCD-0123-EFGH-4567-JKMN-89PQR", // one long
                "ABCD-0123-EFGH-4567-JKMN-89PU", // U is not in the alphabet
                "ABCD-0123-EFGH-4567-JKMN-89P!",
                "ABCD_0123_EFGH_4567_JKMN_89PQ",
                "ÀBCD-0123-EFGH-4567-JKMN-89PQ",
                "' OR 1=1 --"
            })
    void parseRefusesWhatIsNotACode(String typed) {
        assertEquals(Optional.empty(), ReceiptCode.parse(typed));
    }

    @Test
    void parseRefusesAHugeInputWithoutWorkingThroughIt() {
        assertEquals(Optional.empty(), ReceiptCode.parse("-".repeat(1_000_000)));
    }

    @Test
    void theConstructorChecksLengthsAndAlphabetWithoutQuotingTheCode() {
        IllegalArgumentException shortLookup =
                assertThrows(IllegalArgumentException.class, () -> new ReceiptCode("ABCD012", "EFGH4567JKMN89PQ"));
        assertFalse(shortLookup.getMessage().contains("ABCD012"));
        IllegalArgumentException badSecret =
                assertThrows(IllegalArgumentException.class, () -> new ReceiptCode("ABCD0123", "EFGH4567JKMN89PO"));
        assertFalse(badSecret.getMessage().contains("EFGH4567JKMN89PO"));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptCode("abcd0123", "EFGH4567JKMN89PQ"));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptCode(null, "EFGH4567JKMN89PQ"));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptCode("ABCD0123", null));
    }

    @Test
    void toStringNamesTheLookupPartOnly() {
        assertEquals("ReceiptCode[lookup=ABCD0123]", CODE.toString());
        assertFalse(CODE.toString().contains(CODE.secret()));
        assertFalse(String.valueOf(Optional.of(CODE)).contains(CODE.secret()));
    }

    @Test
    void theAlphabetIsCrockfordsThirtyTwoSymbols() {
        assertEquals(32, ReceiptCode.ALPHABET.chars().distinct().count());
        for (char c : "ILOU".toCharArray()) {
            assertTrue(ReceiptCode.ALPHABET.indexOf(c) < 0);
        }
    }

    @Test
    void aReporterIdentityPrintsNoneOfItsFields() {
        ReporterIdentity identity = new ReporterIdentity(
                "Nguyễn Thị Hoa", "+84 912 345 678", "hoa@example.vn", "0101234567", "12 Lê Lợi, Hà Nội");
        String printed = identity + " " + Optional.of(identity);
        for (String field : new String[] {"Nguyễn", "Hoa", "912", "345", "hoa@", "0101234567", "Lê Lợi"}) {
            assertFalse(printed.contains(field), () -> "printed " + field);
        }
    }

    @Test
    void aProofSignsALineByLineStatement() {
        ProofOfReport proof = new ProofOfReport(
                "0190f5c2-0000-7000-8000-000000000001",
                Instant.parse("2026-03-03T10:00:00Z"),
                "sha256:abc",
                "k1",
                "sig");
        assertEquals(
                "customs-hotline-proof-of-report/v1\n0190f5c2-0000-7000-8000-000000000001\n2026-03-03T10:00:00Z\nsha256:abc",
                new String(proof.statement(), StandardCharsets.UTF_8));
    }

    @Test
    void aSealedIdentityComparesByContentAndPrintsNoBytes() {
        SealedIdentity one = new SealedIdentity(new byte[] {1, 2, 3}, new byte[] {4, 5}, "k1");
        SealedIdentity same = new SealedIdentity(new byte[] {1, 2, 3}, new byte[] {4, 5}, "k1");
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertEquals("SealedIdentity[3 bytes, kekId=k1]", one.toString());
        byte[] copy = one.identityCiphertext();
        copy[0] = 9;
        assertEquals(1, one.identityCiphertext()[0]);
    }
}
