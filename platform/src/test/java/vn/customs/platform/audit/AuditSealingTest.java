package vn.customs.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a seal covers and which key makes it: no two entries share an encoding, and retired keys still verify. */
class AuditSealingTest {

    private static final String KEY_2026 =
            Base64.getEncoder().encodeToString("k".repeat(32).getBytes());
    private static final String KEY_2027 =
            Base64.getEncoder().encodeToString("m".repeat(32).getBytes());

    @Test
    void aMissingValueAndTheTextNullEncodeDifferently() {
        assertNotEquals(encode(entry(null, "{}")), encode(entry("null", "{}")));
    }

    @Test
    void aSeparatorInsideAFieldCannotShiftItIntoTheNext() {
        // with fields joined by newlines these two entries once had the same hash
        assertNotEquals(encode(entry("a\nb", "{}")), encode(entry("a", "b\n{}")));
    }

    @Test
    void theSameEntryEncodesTheSameAndThePositionIsPartOfIt() {
        assertEquals(encode(entry("x", "{}")), encode(entry("x", "{}")));
        assertNotEquals(
                java.util.HexFormat.of().formatHex(AuditEntry.canonical(AuditEntry.GENESIS, 1, entry("x", "{}"))),
                java.util.HexFormat.of().formatHex(AuditEntry.canonical(AuditEntry.GENESIS, 2, entry("x", "{}"))));
    }

    @Test
    void aRotatedKeySealsNewEntriesAndTheRetiredOneStillVerifiesItsOwn() {
        AuditKeys before = new AuditKeys(config("k2026", KEY_2026, null));
        AuditKeys after = new AuditKeys(config("k2027", KEY_2027, List.of("k2026:" + KEY_2026)));
        byte[] data = AuditEntry.canonical(AuditEntry.GENESIS, 1, entry("x", "{}"));
        String sealedBefore = before.seal(data);

        assertEquals("k2027", after.currentId());
        assertEquals(Optional.of(sealedBefore), after.mac("k2026", data), "the retired key still verifies");
        assertNotEquals(sealedBefore, after.seal(data), "new seals use the new key");
        assertFalse(before.mac("k2027", data).isPresent(), "a key this service does not hold verifies nothing");
    }

    @Test
    void aShortOrMalformedKeyStopsTheService() {
        String shortKey = Base64.getEncoder().encodeToString("short".getBytes());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AuditKeys(config("k", shortKey, null)))
                .getMessage()
                .contains("at least 32"));
        assertThrows(IllegalArgumentException.class, () -> new AuditKeys(config("k", "not base64!", null)));
    }

    private static String encode(AuditEntry entry) {
        return java.util.HexFormat.of().formatHex(AuditEntry.canonical(AuditEntry.GENESIS, 1, entry));
    }

    private static AuditEntry entry(String objectId, String details) {
        return new AuditEntry(
                1,
                "0190b7e4-0000-7000-8000-000000000001",
                Instant.parse("2026-11-29T01:02:03.456789Z"),
                "subject",
                "PERSONNEL",
                "move-officer",
                "officer",
                objectId,
                null,
                details,
                null,
                null,
                null,
                null);
    }

    private static AuditConfig config(String id, String key, List<String> previous) {
        return new AuditConfig() {
            @Override
            public String hmacKey() {
                return key;
            }

            @Override
            public String hmacKeyId() {
                return id;
            }

            @Override
            public Optional<List<String>> previousHmacKeys() {
                return Optional.ofNullable(previous);
            }

            @Override
            public Duration checkpointEvery() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Optional<String> checkpointTopic() {
                return Optional.empty();
            }

            @Override
            public Duration sealWithin() {
                return Duration.ofMinutes(5);
            }
        };
    }
}
