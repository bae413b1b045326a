package vn.customs.hotline.infrastructure.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.customs.hotline.domain.protection.ReporterIdentity;
import vn.customs.hotline.domain.protection.SealedIdentity;

class EnvelopeIdentityVaultTest {

    private static final String OLD_KEK = "RnLweniYlg32uJenw/8ayUf48dls2qg6AwX+GHc1CnQ=";
    private static final String NEW_KEK = "lznc2cb2R2zH4S5iVIGudfM6qK0iqEMBphIdtpmkoDo=";

    private static final EnvelopeIdentityVault OLD =
            new EnvelopeIdentityVault("kek-1", OLD_KEK, Optional.empty(), new SecureRandom());
    private static final EnvelopeIdentityVault VAULT =
            new EnvelopeIdentityVault("kek-2", NEW_KEK, Optional.of(List.of("kek-1:" + OLD_KEK)), new SecureRandom());

    private static final ReporterIdentity HOA = new ReporterIdentity(
            "Nguyễn Thị Hoa Phượng", "+84 912 345 678", "hoa.phuong@example.vn", "0109876543", "12 Lê Lợi, Hà Nội");

    @Test
    void aSealedIdentityOpensForItsReport() {
        UUID report = UUID.randomUUID();
        SealedIdentity sealed = VAULT.seal(report, HOA);
        assertEquals("kek-2", sealed.kekId());
        assertEquals(HOA.fullName(), VAULT.open(report, sealed).fullName());
        assertEquals(Arrays.asList(fields(HOA)), Arrays.asList(fields(VAULT.open(report, sealed))));
    }

    @Test
    void missingFieldsStayMissingAndEmptyOnesEmpty() {
        UUID report = UUID.randomUUID();
        ReporterIdentity partial = new ReporterIdentity(null, "", "x@example.vn", null, null);
        ReporterIdentity opened = VAULT.open(report, VAULT.seal(report, partial));
        assertEquals(Arrays.asList(fields(partial)), Arrays.asList(fields(opened)));
    }

    @Test
    void theStoredBytesHoldNoneOfTheIdentity() {
        SealedIdentity sealed = VAULT.seal(UUID.randomUUID(), HOA);
        for (byte[] stored : new byte[][] {sealed.identityCiphertext(), sealed.wrappedDataKey()}) {
            String hex = HexFormat.of().formatHex(stored);
            String latin = new String(stored, StandardCharsets.ISO_8859_1);
            for (String clear : new String[] {"Nguyễn", "Phượng", "912 345 678", "912345678", "0109876543", "Lê Lợi"}) {
                assertFalse(hex.contains(HexFormat.of().formatHex(clear.getBytes(StandardCharsets.UTF_8))), clear);
                assertFalse(latin.contains(clear), clear);
            }
        }
    }

    @Test
    void eachSealingUsesAFreshDataKeyAndNonce() {
        UUID report = UUID.randomUUID();
        SealedIdentity first = VAULT.seal(report, HOA);
        SealedIdentity second = VAULT.seal(report, HOA);
        assertNotEquals(first, second);
        assertNotEquals(
                HexFormat.of().formatHex(first.wrappedDataKey()), HexFormat.of().formatHex(second.wrappedDataKey()));
    }

    @Test
    void theCiphertextsLengthHidesTheLengthOfShortFields() {
        UUID report = UUID.randomUUID();
        int shortName = VAULT.seal(report, new ReporterIdentity("An", null, null, null, null))
                .identityCiphertext()
                .length;
        int longerName = VAULT.seal(
                        report, new ReporterIdentity("Nguyễn Thị Hoa Phượng", "+84 912 345 678", null, null, null))
                .identityCiphertext()
                .length;
        assertEquals(shortName, longerName);
    }

    @Test
    void anIdentityMovedToAnotherReportDoesNotOpen() {
        UUID report = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        SealedIdentity sealed = VAULT.seal(report, HOA);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> VAULT.open(other, sealed));
        assertTrue(refused.getMessage().contains(other.toString()));
        assertFalse(refused.getMessage().contains("Hoa"));
    }

    @Test
    void aDataKeyFromAnotherRowDoesNotOpen() {
        UUID report = UUID.randomUUID();
        SealedIdentity sealed = VAULT.seal(report, HOA);
        SealedIdentity otherRow = VAULT.seal(report, HOA);
        assertThrows(
                IllegalStateException.class,
                () -> VAULT.open(
                        report, new SealedIdentity(sealed.identityCiphertext(), otherRow.wrappedDataKey(), "kek-2")));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, 12, 40, -1})
    void anAlteredByteDoesNotOpen(int position) {
        UUID report = UUID.randomUUID();
        SealedIdentity sealed = VAULT.seal(report, HOA);
        byte[] ciphertext = sealed.identityCiphertext();
        int at = position < 0 ? ciphertext.length - 1 : position;
        ciphertext[at] ^= 1;
        assertThrows(
                IllegalStateException.class,
                () -> VAULT.open(report, new SealedIdentity(ciphertext, sealed.wrappedDataKey(), sealed.kekId())));
        byte[] wrapped = sealed.wrappedDataKey();
        wrapped[Math.min(at, wrapped.length - 1)] ^= 1;
        assertThrows(
                IllegalStateException.class,
                () -> VAULT.open(report, new SealedIdentity(sealed.identityCiphertext(), wrapped, sealed.kekId())));
        assertThrows(
                IllegalStateException.class,
                () -> VAULT.open(report, new SealedIdentity(new byte[3], sealed.wrappedDataKey(), sealed.kekId())));
    }

    @Test
    void aRetiredKeyOpensOldRowsWhileNewRowsUseTheCurrentKey() {
        UUID oldReport = UUID.randomUUID();
        SealedIdentity oldRow = OLD.seal(oldReport, HOA);
        assertEquals("kek-1", oldRow.kekId());
        assertEquals(HOA.phone(), VAULT.open(oldReport, oldRow).phone());

        UUID newReport = UUID.randomUUID();
        SealedIdentity newRow = VAULT.seal(newReport, HOA);
        assertEquals("kek-2", newRow.kekId());
        assertThrows(IllegalStateException.class, () -> OLD.open(newReport, newRow));
    }

    @Test
    void aRowNamingAnotherKeyDoesNotOpen() {
        UUID report = UUID.randomUUID();
        SealedIdentity sealed = VAULT.seal(report, HOA);
        IllegalStateException unknown = assertThrows(
                IllegalStateException.class,
                () -> VAULT.open(
                        report, new SealedIdentity(sealed.identityCiphertext(), sealed.wrappedDataKey(), "kek-9")));
        assertTrue(unknown.getMessage().contains("kek-9"));
        assertThrows(
                IllegalStateException.class,
                () -> VAULT.open(
                        report, new SealedIdentity(sealed.identityCiphertext(), sealed.wrappedDataKey(), "kek-1")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not base64!",
                "c2hvcnQ=", // 5 bytes
                "RnLweniYlg32uJenw/8ayUf48dls2qg6AwX+GHc1Cg==", // 31 bytes
                "RnLweniYlg32uJenw/8ayUf48dls2qg6AwX+GHc1CnQAAA==" // 34 bytes
            })
    void aKeyEncryptionKeyThatIsNotThirtyTwoBytesStopsTheService(String kek) {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> new EnvelopeIdentityVault("kek-1", kek, Optional.empty(), new SecureRandom()));
        assertTrue(refused.getMessage().contains("hotline.protection.identity.kek"), refused.getMessage());
        assertTrue(kek.isEmpty() || !refused.getMessage().contains(kek));
    }

    @Test
    void badRetiredKeysStopTheService() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new EnvelopeIdentityVault(
                        "kek-2", NEW_KEK, Optional.of(List.of("kek-1:c2hvcnQ=")), new SecureRandom()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EnvelopeIdentityVault("kek-2", NEW_KEK, Optional.of(List.of(OLD_KEK)), new SecureRandom()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EnvelopeIdentityVault(
                        "kek-2", NEW_KEK, Optional.of(List.of("kek-2:" + OLD_KEK)), new SecureRandom()));
    }

    private static String[] fields(ReporterIdentity identity) {
        return new String[] {
            identity.fullName(), identity.phone(), identity.email(), identity.taxId(), identity.address()
        };
    }
}
