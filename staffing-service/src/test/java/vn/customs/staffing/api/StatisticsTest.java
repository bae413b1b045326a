package vn.customs.staffing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/** The figures of one unit, on a set of postings and declarations whose every figure is known in advance. */
@QuarkusTest
class StatisticsTest {

    @Test
    void aUnitsFiguresCountItsMovesStandingsTenureAndAnnualDeclarationsExactly() {
        String code = Staffing.uniqueCode("STAT");
        String gate = Staffing.gate(code);
        String clearance = Staffing.post(gate, "CLEARANCE", true, 5, false); // rotates after 36 months
        String supervision = Staffing.post(gate, "SUPERVISION", true, 5, false);
        String longServing = Staffing.officer("Thân Văn Lâu");
        String rotated = Staffing.officer("Thân Thị Chuyển");
        String comingDue = Staffing.officer("Thân Văn Sắp");
        Staffing.move(longServing, clearance, LocalDate.of(2020, 1, 1), "INITIAL")
                .then()
                .statusCode(201);
        Staffing.move(rotated, clearance, LocalDate.of(2023, 1, 1), "INITIAL")
                .then()
                .statusCode(201);
        Staffing.moved(rotated, supervision, LocalDate.of(2025, 3, 1));
        Staffing.move(comingDue, clearance, LocalDate.of(2022, 8, 1), "INITIAL")
                .then()
                .statusCode(201);
        // filed today, long after the 2024 deadline: late
        AssetDeclarationsTest.file(longServing, "ANNUAL", 2024, "900000000", "[]")
                .then()
                .statusCode(201);

        JsonPath figures = TestTokens.as("DASHBOARD")
                .queryParam("unit", code)
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2025-06-30")
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals(1, figures.getInt("moves"), "one rotation; first postings do not count");
        assertEquals(
                List.of(Map.of("unitCode", code, "kind", "PERIODIC_ROTATION", "moves", 1)),
                figures.getList("movesByUnitAndKind"));
        assertEquals(1, figures.getInt("officersOverdue"), "since 2020 on a 36-month post");
        assertEquals(1, figures.getInt("officersDue"), "rotation date 2025-08-01, within the 90-day warning");
        assertEquals(
                List.of(
                        Map.of("band", "under 12 months", "officers", 1),
                        Map.of("band", "12 to 24 months", "officers", 0),
                        Map.of("band", "24 to 36 months", "officers", 1),
                        Map.of("band", "36 to 48 months", "officers", 0),
                        Map.of("band", "48 to 60 months", "officers", 0),
                        Map.of("band", "60 months or more", "officers", 1)),
                figures.getList("tenureInSensitivePosts"));
        assertEquals(
                Map.of("year", 2024, "owed", 3, "onTime", 0, "late", 1, "missing", 2),
                figures.getMap("assetDeclarations"));

        TestTokens.as("DASHBOARD")
                .queryParam("unit", Staffing.uniqueCode("NONE"))
                .get("/api/v1/statistics")
                .then()
                .statusCode(404);
    }
}
