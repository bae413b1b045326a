package vn.customs.staffing.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.testkit.RoleMatrix;
import vn.customs.testkit.TestTokens;

/**
 * Every endpoint against every role and no token: personnel manages; auditors and dashboards read; unit heads read
 * the organisation, officers, postings and standings of their own unit; everyone else gets 403 problem+json.
 */
@QuarkusTest
class StaffingRoleMatrixTest {

    private static final String MANAGE = "PERSONNEL";
    private static final String[] READ = {"PERSONNEL", "AUDITOR", "DASHBOARD"};
    private static final String[] READ_OWN_UNIT = {"PERSONNEL", "AUDITOR", "DASHBOARD", "UNIT_HEAD"};
    private static final String ID = UUID.randomUUID().toString();

    record Endpoint(String method, String path, String[] allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST", "/api/v1/units", new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/units", READ_OWN_UNIT),
                new Endpoint("GET", "/api/v1/units/" + ID, READ_OWN_UNIT),
                new Endpoint("PUT", "/api/v1/units/" + ID, new String[] {MANAGE}),
                new Endpoint("POST", "/api/v1/units/" + ID + "/closure", new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/units/" + ID + "/head", READ_OWN_UNIT),
                new Endpoint("POST", "/api/v1/posts", new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/posts", READ_OWN_UNIT),
                new Endpoint("GET", "/api/v1/posts/" + ID, READ_OWN_UNIT),
                new Endpoint("PUT", "/api/v1/posts/" + ID, new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/posts/" + ID + "/postings", READ_OWN_UNIT),
                new Endpoint("POST", "/api/v1/officers", new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/officers", READ_OWN_UNIT),
                new Endpoint("GET", "/api/v1/officers/" + ID, READ_OWN_UNIT),
                new Endpoint("PUT", "/api/v1/officers/" + ID, new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/officers/" + ID + "/postings", READ_OWN_UNIT),
                new Endpoint("POST", "/api/v1/officers/" + ID + "/postings", new String[] {MANAGE}),
                new Endpoint("POST", "/api/v1/officers/" + ID + "/departures", new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/postings", READ_OWN_UNIT),
                new Endpoint("GET", "/api/v1/rotation-standings", READ_OWN_UNIT),
                new Endpoint("POST", "/api/v1/rotation-plans", new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/rotation-plans", READ),
                new Endpoint("GET", "/api/v1/rotation-plans/" + ID, READ),
                new Endpoint("POST", "/api/v1/rotation-plans/" + ID + "/pins", new String[] {MANAGE}),
                new Endpoint("POST", "/api/v1/rotation-plans/" + ID + "/solve", new String[] {MANAGE}),
                new Endpoint("POST", "/api/v1/rotation-plans/" + ID + "/approval", new String[] {MANAGE}),
                new Endpoint("POST", "/api/v1/rotation-plans/" + ID + "/execution", new String[] {MANAGE}),
                new Endpoint("POST", "/api/v1/discipline-cases", new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/discipline-cases", READ_OWN_UNIT),
                new Endpoint("GET", "/api/v1/discipline-cases/" + ID, READ_OWN_UNIT),
                new Endpoint("POST", "/api/v1/discipline-cases/" + ID + "/closure", new String[] {MANAGE}),
                new Endpoint("POST", "/api/v1/discipline-cases/" + ID + "/suspension", new String[] {MANAGE}),
                new Endpoint("POST", "/api/v1/asset-declarations", new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/asset-declarations", READ_OWN_UNIT),
                new Endpoint("GET", "/api/v1/asset-declarations/" + ID, READ_OWN_UNIT),
                new Endpoint("POST", "/api/v1/asset-declarations/" + ID + "/steps", new String[] {MANAGE}),
                new Endpoint("GET", "/api/v1/asset-declarations/overdue", READ_OWN_UNIT),
                new Endpoint("GET", "/api/v1/asset-declarations/first-owed", READ_OWN_UNIT),
                new Endpoint("GET", "/api/v1/asset-declaration-thresholds", READ),
                new Endpoint("GET", "/api/v1/statistics", READ_OWN_UNIT),
                new Endpoint("POST", "/api/v1/briefings", new String[] {MANAGE, "UNIT_HEAD"}),
                new Endpoint("GET", "/api/v1/briefings/statistics", READ_OWN_UNIT),
                new Endpoint("GET", "/api/v1/briefings/absentees", READ_OWN_UNIT));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void onlyTheRolesThatNeedAnEndpointMayCallIt(Endpoint endpoint) {
        RoleMatrix matrix =
                RoleMatrix.endpoint(endpoint.method(), endpoint.path()).allows(endpoint.allowed());
        if (!endpoint.method().equals("GET")) {
            matrix.body("{}"); // an allowed role gets 400, 404 or 428: never a change
        }
        matrix.check();
    }

    @Test
    void aUnitHeadReadsHisOwnUnitOnlyAndOtherUnitsObjectsAreAsIfAbsent() {
        String code = Staffing.uniqueCode("OWN");
        String gate = Staffing.gate(code);
        String headPost = Staffing.post(gate, "MANAGEMENT", false, 1, true);
        String clearance = Staffing.post(gate, "CLEARANCE", true, 5, false);
        String head = Staffing.officer("Lương Văn Chánh", "PRINCIPAL_INSPECTOR");
        String ownOfficer = Staffing.officer("Mạc Thị Bưởi");
        Staffing.move(head, headPost, LocalDate.of(2024, 1, 1), "PROMOTION")
                .then()
                .statusCode(201);
        Staffing.move(ownOfficer, clearance, LocalDate.of(2024, 1, 1), "INITIAL")
                .then()
                .statusCode(201);
        String otherCode = Staffing.uniqueCode("OTH");
        String otherGate = Staffing.gate(otherCode);
        String otherOfficer = Staffing.officer("Tạ Văn Ngoại");
        Staffing.move(
                        otherOfficer,
                        Staffing.post(otherGate, "CLEARANCE", true, 5, false),
                        LocalDate.of(2024, 1, 1),
                        "INITIAL")
                .then()
                .statusCode(201);

        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(code)));
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/officers/" + ownOfficer)
                .then()
                .statusCode(200);
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/officers/" + otherOfficer)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/units/" + otherGate)
                .then()
                .statusCode(404);
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .queryParam("unit", otherCode)
                .get("/api/v1/postings")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .queryParam("unit", code)
                .get("/api/v1/postings")
                .then()
                .body(
                        "items.officerId.sort()",
                        equalTo(List.of(head, ownOfficer).stream().sorted().toList()));
        // a unit head token naming nobody who heads a unit reads nothing
        TestTokens.as("UNIT_HEAD", "officer_id", ownOfficer)
                .get("/api/v1/units")
                .then()
                .body("items", equalTo(List.of()));
    }

    @Test
    void aUnitHeadReadsHisUnitsCasesDeclarationsStandingsAndFiguresAndNothingOfAnotherUnit() {
        String code = Staffing.uniqueCode("UHD");
        String gate = Staffing.gate(code);
        String headPost = Staffing.post(gate, "MANAGEMENT", false, 1, true);
        String clearance = Staffing.post(gate, "CLEARANCE", true, 5, false);
        String head = Staffing.officer("Hà Văn Trưởng", "PRINCIPAL_INSPECTOR");
        String own = Staffing.officer("Hà Thị Mình");
        Staffing.move(head, headPost, LocalDate.of(2020, 1, 1), "PROMOTION")
                .then()
                .statusCode(201);
        Staffing.move(own, clearance, LocalDate.of(2020, 1, 1), "INITIAL")
                .then()
                .statusCode(201);
        String otherCode = Staffing.uniqueCode("UHX");
        String other = Staffing.officer("Hà Văn Khác");
        Staffing.move(
                        other,
                        Staffing.post(Staffing.gate(otherCode), "CLEARANCE", true, 5, false),
                        LocalDate.of(2020, 1, 1),
                        "INITIAL")
                .then()
                .statusCode(201);
        String ownCase = openCase(own);
        String otherCase = openCase(other);
        String ownDeclaration = AssetDeclarationsTest.file(own, "FIRST", 2020, "100000000", "[]")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String otherDeclaration = AssetDeclarationsTest.file(other, "FIRST", 2020, "100000000", "[]")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        var asHead = TestTokens.as("UNIT_HEAD", "officer_id", head);
        asHead.get("/api/v1/discipline-cases/" + ownCase).then().statusCode(200);
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/discipline-cases/" + otherCase)
                .then()
                .statusCode(404);
        List<String> cases = TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/discipline-cases")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertEquals(List.of(ownCase), cases);

        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/asset-declarations/" + ownDeclaration)
                .then()
                .statusCode(200);
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/asset-declarations/" + otherDeclaration)
                .then()
                .statusCode(404);
        List<String> declarations = TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/asset-declarations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertEquals(List.of(ownDeclaration), declarations);
        List<String> overdue = TestTokens.as("UNIT_HEAD", "officer_id", head)
                .queryParam("year", 2024)
                .get("/api/v1/asset-declarations/overdue")
                .then()
                .statusCode(200)
                .extract()
                .path("officerId");
        assertEquals(
                List.of(head, own).stream().sorted().toList(),
                overdue.stream().sorted().toList());

        List<String> standings = TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/rotation-standings")
                .then()
                .statusCode(200)
                .extract()
                .path("officerId");
        assertEquals(List.of(own), standings);

        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .queryParam("unit", code)
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .body("officersOverdue", equalTo(1))
                .body("assetDeclarations.owed", equalTo(2));
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .body("officersOverdue", equalTo(1)); // his units only
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .queryParam("unit", otherCode)
                .get("/api/v1/statistics")
                .then()
                .statusCode(404);
    }

    private static String openCase(String officer) {
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"officerId\":\"" + officer + "\",\"reason\":\"Late at the gate\",\"suspended\":false}")
                .post("/api/v1/discipline-cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
