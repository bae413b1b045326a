package vn.customs.platform.security;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.RoleMatrix;

/** The platform's own endpoints against every role, and the role-matrix helper catching a wrong expectation. */
@QuarkusTest
class RoleMatrixTest {

    @Test
    void theChangeFeedIsForIntegrationsAndAuditors() {
        RoleMatrix.endpoint("GET", "/api/v1/events")
                .allows("INTEGRATION", "AUDITOR")
                .check();
    }

    @Test
    void theAuditTrailIsForAuditors() {
        RoleMatrix.endpoint("GET", "/api/v1/audit-entries").allows("AUDITOR").check();
        RoleMatrix.endpoint("GET", "/api/v1/audit-entries/verification")
                .allows("AUDITOR")
                .check();
    }

    @Test
    void consumersAreListedForIntegrationsAndAuditorsAndReplayedByIntegrationsOnly() {
        RoleMatrix.endpoint("GET", "/api/v1/consumers")
                .allows("INTEGRATION", "AUDITOR")
                .check();
        RoleMatrix.endpoint("POST", "/api/v1/consumers/platformtest.shipments/dead-letter-replays")
                .allows("INTEGRATION")
                .check();
    }

    @Test
    void theMatrixFailsWhenAnEndpointIsOpenerThanExpected() {
        assertThrows(
                AssertionError.class,
                () -> RoleMatrix.endpoint("GET", "/api/v1/events")
                        .allows("AUDITOR")
                        .check());
    }
}
