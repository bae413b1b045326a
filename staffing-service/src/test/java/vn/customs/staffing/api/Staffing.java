package vn.customs.staffing.api;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;

/** Builds a small organisation through the API, as a personnel clerk's script would; unique per test. */
final class Staffing {

    private Staffing() {}

    /** A unit code no other test uses. */
    static String uniqueCode(String prefix) {
        return (prefix + "_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 6))
                .toUpperCase()
                .replace('-', '_');
    }

    static JsonPath unit(String code, String kind, String parentCode) {
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"Đơn vị " + code + "\",\"kind\":\"" + kind + "\","
                        + (parentCode == null ? "" : "\"parentCode\":\"" + parentCode + "\",")
                        + "\"remoteArea\":false}")
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** A department with one gate under it; returns the gate's id. */
    static String gate(String code) {
        String department = code + "_D";
        unit(department, "DEPARTMENT", null);
        return unit(code, "SUB_DEPARTMENT", department).getString("id");
    }

    static String post(String unitId, String function, boolean sensitive, int establishment, boolean head) {
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"unitId\":\"" + unitId + "\",\"title\":\"" + function + " post\",\"function\":\"" + function
                        + "\",\"sensitive\":" + sensitive + ",\"rotationPeriodMonths\":" + (sensitive ? 36 : null)
                        + ",\"minStaff\":0,\"establishment\":" + establishment + ",\"minRank\":\"ASSOCIATE_INSPECTOR\","
                        + "\"headOfUnit\":" + head + "}")
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String officer(String fullName) {
        return officer(fullName, "INSPECTOR");
    }

    static String officer(String fullName, String rank) {
        String number = ("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toUpperCase();
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"serviceNumber\":\"" + number + "\",\"fullName\":\"" + fullName + "\",\"rank\":\"" + rank
                        + "\",\"dateOfBirth\":\"1985-03-02\",\"retirementDate\":\"2047-03-02\"}")
                .post("/api/v1/officers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static io.restassured.response.Response move(String officerId, String postId, LocalDate from, String kind) {
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"postId\":\"" + postId + "\",\"from\":\"" + from + "\",\"kind\":\"" + kind
                        + "\",\"decisionNumber\":\""
                        + UUID.randomUUID().toString().substring(0, 8) + "/QĐ-TEST\"}")
                .post("/api/v1/officers/" + officerId + "/postings");
    }

    static void moved(String officerId, String postId, LocalDate from) {
        move(officerId, postId, from, "PERIODIC_ROTATION").then().statusCode(anyOf(is(201)));
    }

    /** Ends the officer's posting on {@code lastDay} without a new one, with the ETag of his record. */
    static io.restassured.response.Response depart(String officerId, String reason, LocalDate lastDay) {
        String etag = TestTokens.as("PERSONNEL")
                .get("/api/v1/officers/" + officerId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .header("If-Match", etag)
                .body("{\"reason\":\"" + reason + "\",\"lastDay\":\"" + lastDay + "\",\"decisionNumber\":\""
                        + UUID.randomUUID().toString().substring(0, 8) + "/QĐ-TEST\"}")
                .post("/api/v1/officers/" + officerId + "/departures");
    }
}
