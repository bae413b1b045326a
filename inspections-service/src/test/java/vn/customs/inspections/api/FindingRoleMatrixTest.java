package vn.customs.inspections.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.RoleMatrix;

/**
 * Every endpoint of findings and corrective actions against every role and no token. Nothing here changes anything:
 * the ids are unknown (404 past the role check) and transitions carry no If-Match (428).
 */
@QuarkusTest
class FindingRoleMatrixTest {

    private static final String[] READERS = {Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR};
    private static final String[] AUTHORS = {Roles.INSPECTION_LEAD, Roles.INSPECTOR};
    private static final String[] OWNERS = {Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.OFFICER};

    @Test
    void findingsOfAnInspection() {
        String path = FindingAccountabilityTest.findings(UUID.randomUUID());
        RoleMatrix.endpoint("GET", path).allows(READERS).check();
        RoleMatrix.endpoint("POST", path)
                .body(FindingAccountabilityTest.finding("UNIFORM", "REMINDER", null, "2026-03-10"))
                .allows(AUTHORS)
                .check();
    }

    @Test
    void oneFindingAndItsActions() {
        String path = "/api/v1/findings/" + UUID.randomUUID();
        RoleMatrix.endpoint("GET", path).allows(READERS).check();
        RoleMatrix.endpoint("POST", path + "/corrective-actions")
                .body(FindingCorrectiveActionTest.action(UUID.randomUUID(), "2099-01-01"))
                .allows(AUTHORS)
                .check();
    }

    @Test
    void correctiveActions() {
        String path = "/api/v1/corrective-actions";
        String one = path + "/" + UUID.randomUUID();
        RoleMatrix.endpoint("GET", path).allows(READERS).check();
        RoleMatrix.endpoint("GET", one)
                .allows(Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.OFFICER)
                .check();
        RoleMatrix.endpoint("POST", one + "/start").allows(OWNERS).check();
        RoleMatrix.endpoint("POST", one + "/completion").allows(OWNERS).check();
        RoleMatrix.endpoint("POST", one + "/verification")
                .allows(Roles.INSPECTION_LEAD)
                .check();
    }
}
