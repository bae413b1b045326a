package vn.customs.inspections.api;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.RoleMatrix;
import vn.customs.testkit.TestTokens;

/** Every endpoint of the plans against every role: leads change plans, every reader of inspections reads them. */
@QuarkusTest
class PlanRoleMatrixTest {

    private static final String[] READERS = {
        Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD
    };
    private static final String ENTRY = """
            {"unitCode":"HUU_NGHI","theme":"CONDUCT","plannedStart":"2026-02-02","durationDays":5}""";

    @Test
    void leadsChangePlansAndEveryReaderOfInspectionsReadsThem() {
        String plan = TestTokens.asSubject("matrix-drafter-" + UUID.randomUUID(), Roles.INSPECTION_LEAD)
                .contentType(ContentType.JSON)
                .body("{\"year\":2026,\"quarter\":1,\"title\":\"Matrix\",\"entries\":[" + ENTRY + "]}")
                .post(PlanApiTest.PLANS)
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .path("id");
        String path = PlanApiTest.PLANS + "/" + plan;

        RoleMatrix.endpoint("POST", PlanApiTest.PLANS)
                .body("{\"year\":2026,\"title\":\"Matrix\"}")
                .allows(Roles.INSPECTION_LEAD)
                .check();
        RoleMatrix.endpoint("GET", PlanApiTest.PLANS).allows(READERS).check();
        RoleMatrix.endpoint("GET", path).allows(READERS).check();
        // without If-Match: a lead gets 428, anyone else 403, and nothing changes
        RoleMatrix.endpoint("POST", path + "/entries")
                .body(ENTRY)
                .allows(Roles.INSPECTION_LEAD)
                .check();
        RoleMatrix.endpoint("DELETE", path + "/entries/" + UUID.randomUUID())
                .allows(Roles.INSPECTION_LEAD)
                .check();
        RoleMatrix.endpoint("POST", path + "/approval")
                .allows(Roles.INSPECTION_LEAD)
                .check();

        TestTokens.as(Roles.DASHBOARD).get(path).then().statusCode(200).body("status", equalTo("DRAFT"));
    }
}
