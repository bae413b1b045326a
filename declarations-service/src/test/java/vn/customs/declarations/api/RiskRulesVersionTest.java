package vn.customs.declarations.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A registration records the version of the risk rules that chose its channel (the one in force today). */
@QuarkusTest
class RiskRulesVersionTest {

    @Inject
    DataSource db;

    @Test
    void theSubmissionsAuditEntryNamesTheRulesVersionInForce() throws Exception {
        String gate = Trade.gate("RRV");
        String taxId = Trade.taxId();
        String id = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (Connection connection = db.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT details FROM platform_audit_entry"
                        + " WHERE object_id = ? AND action = 'submit-declaration'")) {
            query.setString(1, UUID.fromString(id).toString());
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "the submission is audited");
                String details = rows.getString(1);
                assertTrue(details.contains("\"riskRulesVersion\":\"2026-01-01\""), details);
            }
        }
    }
}
