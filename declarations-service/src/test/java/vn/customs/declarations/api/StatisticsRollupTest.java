package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/**
 * The statistics rollups, kept by the database in the transaction of every change to a declaration, equal a
 * recomputation from the declarations after a mix of submits, registrations, clearances and rejections through the
 * API; the endpoint answers the same before and after a full rebuild, for a gate, a department and every gate, over
 * a partial month (read from the declarations) and a whole one (read from the rollups).
 */
@QuarkusTest
class StatisticsRollupTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    @Test
    void theRollupsEqualARecomputationAndTheFiguresSurviveARebuild() throws SQLException {
        String department = Trade.unitCode("DPT");
        Trade.openUnit(department, "DEPARTMENT", "DEPT");
        List<String> gates = List.of(gateUnder("DPN", department), gateUnder("DPS", department), Trade.gate("DPX"));
        List<String> officers =
                gates.stream().map(gate -> Trade.officerAt(bootstrap, db, gate)).toList();
        List<String> declarants = List.of(Trade.taxId(), Trade.taxId(), Trade.taxId());
        List<JsonPath> registered = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            String gate = gates.get(i % 3);
            String taxId = declarants.get((i / 3) % 3);
            String body =
                    Trade.body(taxId, Trade.lrn(), gate, i % 5 == 0 ? "PAPER" : "ELECTRONIC", 100 * (i + 1) + ".50");
            if (i % 7 == 3) {
                // an invoice dated after today: lodged, and rejected at registration
                body = body.replace(
                        "\"date\":\"" + Trade.today().minusDays(2) + "\"",
                        "\"date\":\"" + Trade.today().plusDays(3) + "\"");
                Trade.lodge(taxId, body).then().statusCode(201).body("status", equalTo("REJECTED"));
                continue;
            }
            JsonPath lodged =
                    Trade.lodge(taxId, body).then().statusCode(201).extract().jsonPath();
            assertEquals("REGISTERED", lodged.getString("status"));
            registered.add(lodged);
        }
        for (int i = 0; i < registered.size(); i += 2) {
            JsonPath declaration = registered.get(i);
            Trade.clear(officers.get(gates.indexOf(declaration.getString("gateCode"))), declaration);
        }

        assertEquals(Map.of(), differences(), "rollups that differ from a recomputation");
        LocalDate today = Trade.today();
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        List<Map<String, Object>> before = new ArrayList<>();
        for (LocalDate[] days :
                List.of(new LocalDate[] {today, today}, new LocalDate[] {today.withDayOfMonth(1), monthEnd})) {
            before.add(figures("gate", gates.get(0), days));
            before.add(figures("department", department, days));
            before.add(figures(null, null, days));
        }
        Map<String, Object> departmentToday = before.get(1);
        assertEquals(12, ((Number) departmentToday.get("declarations")).intValue(), "lodged at its two gates");
        assertEquals(2, ((Map<?, ?>) departmentToday.get("byStatus")).get("REJECTED"));
        assertEquals(
                withoutPeriod(before.get(1)),
                withoutPeriod(before.get(4)),
                "today's figures of the department (from its declarations) and its month's (from the rollups)");
        assertEquals(withoutPeriod(before.get(0)), withoutPeriod(before.get(3)), "the same for a gate");

        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT stats_rebuild()");
        }
        List<Map<String, Object>> after = new ArrayList<>();
        for (LocalDate[] days :
                List.of(new LocalDate[] {today, today}, new LocalDate[] {today.withDayOfMonth(1), monthEnd})) {
            after.add(figures("gate", gates.get(0), days));
            after.add(figures("department", department, days));
            after.add(figures(null, null, days));
        }
        assertEquals(before, after, "the figures after a rebuild of every rollup from the declarations");
    }

    @Test
    void aUnitHeadReadsADepartmentOnlyWhenHeHeadsAllItsGates() {
        String department = Trade.unitCode("DPH");
        Trade.openUnit(department, "DEPARTMENT", "DEPT");
        String north = gateUnder("DHN", department);
        String south = gateUnder("DHS", department);
        String head = UUID.randomUUID().toString();
        Trade.send(
                bootstrap,
                north,
                "UnitHeadChanged",
                "{\"unitCode\":\"" + north + "\",\"headOfficerId\":\"" + head
                        + "\",\"from\":\"2024-01-01\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> asHead(head)
                                .queryParam("gate", north)
                                .get("/api/v1/statistics")
                                .statusCode()
                        == 200);
        asHead(head)
                .queryParam("department", department)
                .get("/api/v1/statistics")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://customs.example/problems/not-your-gate"));
        Trade.send(
                bootstrap,
                south,
                "UnitHeadChanged",
                "{\"unitCode\":\"" + south + "\",\"headOfficerId\":\"" + head
                        + "\",\"from\":\"2024-01-01\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> asHead(head)
                                .queryParam("department", department)
                                .get("/api/v1/statistics")
                                .statusCode()
                        == 200);
        // a dashboard reads any department
        TestTokens.as("DASHBOARD")
                .queryParam("department", department)
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .body("department", equalTo(department));
    }

    private static io.restassured.specification.RequestSpecification asHead(String head) {
        return TestTokens.as("UNIT_HEAD", "officer_id", head);
    }

    /** A gate opened under {@code department}, once lodging there is allowed. */
    private static String gateUnder(String prefix, String department) {
        String gate = Trade.unitCode(prefix);
        Trade.openUnit(gate, "SUB_DEPARTMENT", department);
        String taxId = Trade.taxId();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestTokens.as("DECLARANT", "tax_id", taxId)
                                .contentType("application/json")
                                .body(Trade.body(taxId, Trade.lrn(), gate))
                                .post("/api/v1/declarations/dry-run")
                                .statusCode()
                        == 200);
        return gate;
    }

    private static Map<String, Object> figures(String parameter, String value, LocalDate[] days) {
        var request = TestTokens.as("DASHBOARD")
                .queryParam("from", days[0].toString())
                .queryParam("to", days[1].toString());
        if (parameter != null) {
            request = request.queryParam(parameter, value);
        }
        return request.get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    /** The figures without the period they are of. */
    private static Map<String, Object> withoutPeriod(Map<String, Object> figures) {
        Map<String, Object> copy = new LinkedHashMap<>(figures);
        copy.remove("from");
        copy.remove("to");
        return copy;
    }

    private Map<String, Long> differences() throws SQLException {
        Map<String, Long> differing = new LinkedHashMap<>();
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT rollup, differing FROM stats_differences()")) {
            while (rows.next()) {
                if (rows.getLong(2) != 0) {
                    differing.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return differing;
    }
}
