package vn.customs.hotline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.hotline.domain.protection.IdentityVault;
import vn.customs.hotline.domain.protection.ReporterIdentity;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportStatus;

/**
 * The demo's reports go into the real database with the real receipt hashes and vault, and read back as built; the
 * transaction is rolled back, so the other tests never see them.
 */
@QuarkusTest
class ReportsDemoStorageTest {

    @Inject
    ReportsDemo demo;

    @Inject
    EntityManager entityManager;

    @Inject
    IdentityVault vault;

    @Test
    void theDemoReportsAreStoredAndTheirFictionalIdentitiesOpen() {
        QuarkusTransaction.begin();
        try {
            List<UUID> ids = demo.load();
            entityManager.flush();
            entityManager.clear();

            List<Report> stored =
                    ids.stream().map(id -> entityManager.find(Report.class, id)).toList();
            assertEquals(7, stored.size());
            assertTrue(stored.stream().map(Report::status).toList().contains(ReportStatus.SUSPENDED));
            for (Report report : stored) {
                assertTrue(report.receiptHash().startsWith("$argon2id$"), "a real receipt hash");
                report.sealedIdentity().ifPresent(seal -> {
                    ReporterIdentity identity = vault.open(report.id(), seal);
                    assertTrue(identity.fullName().contains("hư cấu"), "a fictional identity");
                });
            }
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
