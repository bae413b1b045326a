package vn.customs.inspections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.RoleMatrix;
import vn.customs.testkit.TestTokens;

/**
 * Who reaches the draw endpoints: making and listing draws is for inspection leads (403 for every other role); one
 * draw and its revelation answer 404 to every role but the lead, as an unknown id would; the published data and the
 * verification are public.
 */
@QuarkusTest
class DrawRoleMatrixTest {

    @Test
    void makingAndListingDrawsIsForLeadsOnly() {
        RoleMatrix.endpoint("POST", "/api/v1/draws")
                .body(DrawWorld.newDraw(1, List.of("NEVER_OPENED_MATRIX")))
                .allows(Roles.INSPECTION_LEAD)
                .check();
        RoleMatrix.endpoint("GET", "/api/v1/draws")
                .allows(Roles.INSPECTION_LEAD)
                .check();
    }

    @Test
    void aDrawIsUnknownToEveryRoleButTheLead() {
        List<String> gates = DrawWorld.openGates(2);
        var made = DrawWorld.commit(1, gates);
        made.then().statusCode(201);
        String id = made.path("id");
        List<String> wrong = new ArrayList<>();
        for (String role : RoleMatrix.ROLES) {
            if (role.equals(Roles.INSPECTION_LEAD)) {
                continue;
            }
            int read = TestTokens.as(role).get("/api/v1/draws/" + id).statusCode();
            int reveal = TestTokens.as(role)
                    .header("If-Match", made.header("ETag"))
                    .post("/api/v1/draws/" + id + "/revelation")
                    .statusCode();
            if (read != 404 || reveal != 404) {
                wrong.add(role + ": read " + read + ", revelation " + reveal);
            }
        }
        assertThat(wrong, empty());
        given().get("/api/v1/draws/" + id).then().statusCode(401);
        given().get("/api/v1/draws/" + id + "/published").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/draw-verifications")
                .then()
                .statusCode(400);
    }
}
