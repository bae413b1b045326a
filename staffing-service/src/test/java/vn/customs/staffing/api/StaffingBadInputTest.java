package vn.customs.staffing.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.customs.platform.http.Bounds;
import vn.customs.testkit.TestTokens;

/** Bad input gets a 4xx problem+json that says what is wrong, never a 500. */
@QuarkusTest
class StaffingBadInputTest {

    @ParameterizedTest(name = "{0} {1} with {2} -> {3} at {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|/api/v1/units|{\"name\":\"X\",\"kind\":\"TEAM\"}|400|/code",
                "POST|/api/v1/units|{\"code\":\"lower\",\"name\":\"X\",\"kind\":\"TEAM\"}|400|/code",
                "POST|/api/v1/units|{\"code\":\"ABC\",\"name\":\"X\",\"kind\":\"PLATOON\"}|400|/kind",
                "POST|/api/v1/units|{\"code\":\"ABC\",\"name\":\"X\",\"kind\":\"TEAM\",\"remoteArea\":\"yes\"}|400|/remoteArea",
                "POST|/api/v1/posts|{\"title\":\"T\",\"function\":\"CLEARANCE\",\"minStaff\":1,\"establishment\":2,\"minRank\":\"INSPECTOR\"}|400|/unitId",
                "POST|/api/v1/posts|{\"unitId\":\"not-an-id\",\"title\":\"T\",\"function\":\"CLEARANCE\",\"establishment\":2,\"minRank\":\"INSPECTOR\"}|400|/unitId",
                "POST|/api/v1/posts|{\"unitId\":\"" + "00000000-0000-0000-0000-000000000001"
                        + "\",\"title\":\"T\",\"function\":\"CLEARANCE\",\"establishment\":-2,\"minRank\":\"INSPECTOR\"}|400|/establishment",
                "POST|/api/v1/posts|{\"unitId\":\"00000000-0000-0000-0000-000000000001\",\"title\":\"T\",\"function\":\"CLEARANCE\",\"sensitive\":true,\"rotationPeriodMonths\":12,\"establishment\":2,\"minRank\":\"INSPECTOR\"}|400|/rotationPeriodMonths",
                "POST|/api/v1/officers|{\"serviceNumber\":\"HQ1\",\"fullName\":\"A\",\"rank\":\"INSPECTOR\",\"dateOfBirth\":\"1990-13-01\",\"retirementDate\":\"2050-01-01\"}|400|/dateOfBirth",
                "POST|/api/v1/officers|{\"serviceNumber\":\"HQ123\",\"rank\":\"INSPECTOR\",\"dateOfBirth\":\"1990-01-01\",\"retirementDate\":\"2050-01-01\"}|400|/fullName",
                "POST|/api/v1/officers|{\"serviceNumber\":\"HQ123\",\"fullName\":\"A\",\"rank\":\"INSPECTOR\",\"dateOfBirth\":\"1990-01-01\",\"retirementDate\":\"2050-01-01\",\"declaredInterests\":[{\"kind\":\"RELATIVE\",\"description\":\"x\",\"taxId\":\"12\"}]}|400|/declaredInterests/0/taxId",
                "POST|/api/v1/rotation-plans|{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-03-31\",\"timeLimitSeconds\":0}|400|/timeLimitSeconds",
                "POST|/api/v1/rotation-plans|{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-03-31\",\"unitCodes\":[\"bad code\"]}|400|/unitCodes/0",
                "POST|/api/v1/asset-declarations|{\"officerId\":\"00000000-0000-0000-0000-000000000001\",\"kind\":\"ANNUAL\",\"year\":2025,\"totalAssetsVnd\":-5,\"riseVnd\":0}|400|/totalAssetsVnd",
                "POST|/api/v1/asset-declarations|{\"officerId\":\"00000000-0000-0000-0000-000000000001\",\"kind\":\"ANNUAL\",\"year\":2025,\"totalAssetsVnd\":1.5,\"riseVnd\":0}|400|/totalAssetsVnd",
                "POST|/api/v1/asset-declarations|{\"officerId\":\"00000000-0000-0000-0000-000000000001\",\"kind\":\"FIRST\",\"year\":2025,\"totalAssetsVnd\":5,\"riseVnd\":0,\"assets\":[{\"description\":\"Car\",\"valueVnd\":-1}]}|400|/assets/0/valueVnd",
                "POST|/api/v1/officers/00000000-0000-0000-0000-000000000001/departures|{\"reason\":\"RETIREMENT\",\"decisionNumber\":\"1/QĐ\"}|400|/lastDay",
                "POST|/api/v1/discipline-cases/00000000-0000-0000-0000-000000000001/suspension|{\"reason\":\"x\"}|400|/suspended",
                "POST|/api/v1/units/00000000-0000-0000-0000-000000000001/closure|{\"decisionNumber\":\"1/QĐ\"}|400|/closedOn",
                "POST|/api/v1/briefings|{\"unitCode\":\"HUU_NGHI\",\"heldOn\":\"2026-01-05\",\"topic\":\"t\",\"decision\":\"d\",\"attendees\":[]}|400|/attendees",
                "POST|/api/v1/briefings|{\"unitCode\":\"huu nghi\",\"heldOn\":\"2026-01-05\",\"topic\":\"t\",\"decision\":\"d\",\"attendees\":[\"00000000-0000-0000-0000-000000000001\"]}|400|/unitCode",
            })
    void aBadBodyIsRefusedWithThePointerToTheField(
            String method, String path, String body, int status, String pointer) {
        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body(body)
                .request(method, path)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
    }

    @ParameterizedTest(name = "GET {0} -> 400 naming {1}")
    @CsvSource({
        "/api/v1/postings?on=yesterday,on",
        "/api/v1/postings?knownAt=2025-01-01,knownAt",
        "/api/v1/postings?post=abc,post",
        "/api/v1/posts?function=PILOT,function",
        "/api/v1/posts?sensitive=maybe,sensitive",
        "/api/v1/officers?limit=0,limit",
        "/api/v1/officers?cursor=garbage,cursor",
        "/api/v1/units?kind=SQUAD,kind",
        "/api/v1/statistics?from=2025-06-01&to=2025-01-01,from",
        "/api/v1/asset-declarations/overdue?year=last,year",
        // the bounds each OpenAPI document states, enforced
        "/api/v1/asset-declarations/overdue?year=2000000000,year",
        "/api/v1/asset-declarations?year=1999,year",
        "/api/v1/officers?unit=huu_nghi,unit",
        "/api/v1/postings?unit=HUU-NGHI,unit",
        "/api/v1/rotation-standings?unit=X,unit",
        "/api/v1/units?parent=dept,parent",
        "/api/v1/officers?limit=201,limit",
        "/api/v1/rotation-standings?knownAt=2025-01-01,knownAt",
        "/api/v1/units/00000000-0000-0000-0000-000000000001/head?knownAt=yesterday,knownAt",
        "/api/v1/statistics?unit=dept,unit",
        "/api/v1/asset-declarations/first-owed?on=soon,on",
        "/api/v1/briefings/statistics?from=2026-06-01&to=2026-01-01,from",
        "/api/v1/briefings/absentees?unit=bad,unit",
        "/api/v1/briefings/absentees?unit=HUU_NGHI&last=0,last",
    })
    void aBadQueryParameterIsRefusedNamingIt(String path, String parameter) {
        TestTokens.as("PERSONNEL")
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem(parameter));
    }

    /** Texts longer than any value could match: a name search over a full name's length, a cursor over the longest written. */
    @Test
    void aQueryTextOverItsDocumentedMaximumIsRefusedNamingIt() {
        TestTokens.as("PERSONNEL")
                .queryParam("name", "a".repeat(OfficerResource.NAME_MAX_LENGTH + 1))
                .get("/api/v1/officers")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("name"));
        TestTokens.as("PERSONNEL")
                .queryParam("name", "a".repeat(OfficerResource.NAME_MAX_LENGTH))
                .get("/api/v1/officers")
                .then()
                .statusCode(200);
        TestTokens.as("PERSONNEL")
                .queryParam("cursor", "A".repeat(Bounds.CURSOR_MAX_LENGTH + 1))
                .get("/api/v1/units")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("cursor"));
    }

    @Test
    void rulesTheBodyCannotExpressAre422WithTheirOwnType() {
        String gate = Staffing.gate(Staffing.uniqueCode("BAD"));
        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"unitId\":\"" + gate + "\",\"title\":\"T\",\"function\":\"CLEARANCE\",\"sensitive\":true,"
                        + "\"minStaff\":0,\"establishment\":2,\"minRank\":\"INSPECTOR\"}")
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/invalid-rotation-period"));
        String officer = Staffing.officer("Kiều Văn Thử", "CUSTOMS_STAFF");
        Staffing.move(officer, UUID.randomUUID().toString(), LocalDate.of(2025, 1, 1), "INITIAL")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/unknown-post"));
        String post = Staffing.post(gate, "CLEARANCE", true, 2, false);
        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"postId\":\"" + post
                        + "\",\"from\":\"2025-01-01\",\"kind\":\"INITIAL\",\"decisionNumber\":\"1\"}")
                .post("/api/v1/officers/" + officer + "/postings")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/rank-below-post"));
        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"officerId\":\"" + officer + "\",\"kind\":\"SUPPLEMENTARY\",\"year\":2025,"
                        + "\"totalAssetsVnd\":900000000,\"riseVnd\":100000000}")
                .post("/api/v1/asset-declarations")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/below-threshold"))
                .body("detail", containsString("VND"));
    }

    @Test
    void updatesNeedTheCurrentETagAndCreationsHonourIdempotencyKeys() {
        String code = Staffing.uniqueCode("ETAG");
        String gate = Staffing.gate(code);
        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"name\":\"Renamed\",\"remoteArea\":true}")
                .put("/api/v1/units/" + gate)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        String etag = TestTokens.as("PERSONNEL").get("/api/v1/units/" + gate).header("ETag");
        TestTokens.as("PERSONNEL")
                .header("If-Match", etag)
                .contentType("application/json")
                .body("{\"name\":\"Renamed\",\"remoteArea\":true}")
                .put("/api/v1/units/" + gate)
                .then()
                .statusCode(200)
                .body("remoteArea", equalTo(true));
        TestTokens.as("PERSONNEL")
                .header("If-Match", etag)
                .contentType("application/json")
                .body("{\"name\":\"Again\",\"remoteArea\":false}")
                .put("/api/v1/units/" + gate)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        String key = UUID.randomUUID().toString();
        String body = "{\"code\":\"" + Staffing.uniqueCode("IDEM")
                + "\",\"name\":\"Đội\",\"kind\":\"TEAM\",\"parentCode\":\"" + code + "\"}";
        String first = TestTokens.as("PERSONNEL")
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        TestTokens.as("PERSONNEL")
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .body("id", equalTo(first));
        TestTokens.as("PERSONNEL")
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body.replace("Đội", "Tổ"))
                .post("/api/v1/units")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }
}
