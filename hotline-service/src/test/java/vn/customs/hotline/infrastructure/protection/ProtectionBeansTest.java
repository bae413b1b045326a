package vn.customs.hotline.infrastructure.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.hotline.domain.protection.IdentityVault;
import vn.customs.hotline.domain.protection.ProofOfReport;
import vn.customs.hotline.domain.protection.ReceiptCode;
import vn.customs.hotline.domain.protection.ReceiptCodes;
import vn.customs.hotline.domain.protection.ReportSigner;
import vn.customs.hotline.domain.protection.ReporterIdentity;

/** The protection beans start from the test profile's keys, including the retired ones. */
@QuarkusTest
class ProtectionBeansTest {

    @Inject
    ReceiptCodes receipts;

    @Inject
    ReportSigner signer;

    @Inject
    IdentityVault vault;

    @Test
    void theBeansWorkWithTheConfiguredKeys() {
        ReceiptCode code = receipts.issue();
        assertTrue(receipts.matches(code, receipts.hash(code)));

        ProofOfReport proof = signer.sign(UUID.randomUUID(), Instant.parse("2026-03-03T10:00:00Z"), "sha256:00");
        assertEquals("test-only-2", proof.keyId());
        assertTrue(signer.verify(proof));
        assertEquals(
                List.of("test-only-2", "test-only-1"),
                List.copyOf(signer.publicKeys().keySet()));

        UUID report = UUID.randomUUID();
        ReporterIdentity identity = new ReporterIdentity("Trần Văn Bình", "0987654321", null, null, null);
        var sealed = vault.seal(report, identity);
        assertEquals("test-only-2", sealed.kekId());
        assertEquals("Trần Văn Bình", vault.open(report, sealed).fullName());
        assertFalse(sealed.toString().contains("Bình"));
    }
}
