package vn.customs.staffing.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/** Discipline briefings: recorded with attendance, counted per unit and quarter, and who keeps missing them. */
@QuarkusTest
class BriefingsTest {

    private static final LocalDate POSTED = LocalDate.of(2024, 1, 1);

    @Test
    void briefingsAreCountedPerUnitAndQuarterAgainstTheMarkAndAbsenteesAreNamed() {
        String code = Staffing.uniqueCode("BRF");
        String gate = Staffing.gate(code);
        String post = Staffing.post(gate, "CLEARANCE", true, 10, false);
        String always = Staffing.officer("Văn Thị An");
        String once = Staffing.officer("Văn Thị Bình");
        String never = Staffing.officer("Văn Thị Cúc");
        for (String officer : List.of(always, once, never)) {
            Staffing.move(officer, post, POSTED, "INITIAL").then().statusCode(201);
        }
        record(code, "2026-01-05", List.of(always, once)).then().statusCode(201).body("unitCode", equalTo(code));
        record(code, "2026-02-05", List.of(always, once)).then().statusCode(201);
        record(code, "2026-03-05", List.of(always)).then().statusCode(201);
        for (int day = 1; day <= 11; day++) {
            record(code, LocalDate.of(2026, 4, day).toString(), List.of(always))
                    .then()
                    .statusCode(201);
        }

        List<Map<String, Object>> figures = TestTokens.as("DASHBOARD")
                .queryParam("unit", code)
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2026-06-30")
                .get("/api/v1/briefings/statistics")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertEquals(
                List.of(
                        Map.of(
                                "unitCode",
                                code,
                                "year",
                                2026,
                                "quarter",
                                1,
                                "briefings",
                                3,
                                "attendances",
                                5,
                                "markMet",
                                false),
                        Map.of(
                                "unitCode",
                                code,
                                "year",
                                2026,
                                "quarter",
                                2,
                                "briefings",
                                11,
                                "attendances",
                                11,
                                "markMet",
                                true)),
                figures);

        assertEquals(List.of(never), absentees(code, 14)); // missed all fourteen
        assertEquals(List.of(once, never), absentees(code, 12)); // the last twelve: April's and 5 March
        TestTokens.as("AUDITOR")
                .queryParam("unit", Staffing.uniqueCode("NONE"))
                .get("/api/v1/briefings/absentees")
                .then()
                .statusCode(404);
    }

    @Test
    void aBriefingStillToComeOrWithAnUnknownOfficerOrAnotherUnitsIsRefused() {
        String code = Staffing.uniqueCode("BRX");
        Staffing.gate(code);
        String officer = Staffing.officer("Văn Văn Đến");
        record(code, LocalDate.now().plusDays(3).toString(), List.of(officer))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/briefing-in-future"));
        record(code, "2026-01-05", List.of(java.util.UUID.randomUUID().toString()))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/unknown-officer"));
        record(Staffing.uniqueCode("NOWHERE"), "2026-01-05", List.of(officer))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/unknown-unit"));
        // a unit head records only his own units' briefings: this one heads nothing
        TestTokens.as("UNIT_HEAD", "officer_id", officer)
                .contentType("application/json")
                .body(body(code, "2026-01-05", List.of(officer)))
                .post("/api/v1/briefings")
                .then()
                .statusCode(403);
    }

    private static List<String> absentees(String code, int last) {
        return TestTokens.as("AUDITOR")
                .queryParam("unit", code)
                .queryParam("last", last)
                .get("/api/v1/briefings/absentees")
                .then()
                .statusCode(200)
                .extract()
                .path("officerId");
    }

    private static io.restassured.response.Response record(String unit, String heldOn, List<String> attendees) {
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body(body(unit, heldOn, attendees))
                .post("/api/v1/briefings");
    }

    private static String body(String unit, String heldOn, List<String> attendees) {
        return "{\"unitCode\":\"" + unit + "\",\"heldOn\":\"" + heldOn + "\",\"topic\":\"Liêm chính công vụ\","
                + "\"decision\":\"Nhắc nhở toàn đơn vị\",\"attendees\":["
                + attendees.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "]}";
    }
}
