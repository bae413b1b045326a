package vn.customs.staffing.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.staffing.application.Notices;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;

/** Who owes a FIRST or an ANNUAL asset declaration, the per-asset threshold, and the overdue notice. */
@QuarkusTest
class AssetDeclarationsTest {

    private static final LocalDate APPOINTED = LocalDate.of(2024, 3, 1);

    @Inject
    Notices notices;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anOfficerAppointedToASensitivePostOwesAFirstDeclarationUntilHeFilesIt() {
        String gate = Staffing.gate(Staffing.uniqueCode("FST"));
        String sensitive = Staffing.post(gate, "CLEARANCE", true, 5, false);
        String plain = Staffing.post(gate, "HOTLINE", false, 5, false);
        String appointed = Staffing.officer("Kiều Văn Đầu");
        String notListed = Staffing.officer("Kiều Thị Thường");
        Staffing.move(appointed, sensitive, APPOINTED, "INITIAL").then().statusCode(201);
        Staffing.move(notListed, plain, APPOINTED, "INITIAL").then().statusCode(201);

        assertEquals(Map.of(), firstOwed(appointed, APPOINTED.minusDays(1)), "not yet appointed");
        assertEquals(
                Map.of("appointedOn", "2024-03-01", "deadline", "2024-03-11", "overdue", false),
                firstOwed(appointed, APPOINTED.plusDays(10)));
        assertEquals(
                Map.of("appointedOn", "2024-03-01", "deadline", "2024-03-11", "overdue", true),
                firstOwed(appointed, APPOINTED.plusDays(11)));
        assertEquals(Map.of(), firstOwed(notListed, APPOINTED.plusDays(11)), "a post that requires none");

        file(appointed, "FIRST", 2024, "900000000", "[{\"description\":\"Land in Lạng Sơn\",\"valueVnd\":600000000}]")
                .then()
                .statusCode(201)
                .body("assets[0].description", equalTo("Land in Lạng Sơn"))
                .body("assets[0].valueVnd", equalTo(600000000));
        assertEquals(Map.of(), firstOwed(appointed, APPOINTED.plusDays(11)), "filed");
    }

    @Test
    void anAssetBelowThePerAssetThresholdInForceIsNotListedOnItsOwnAndListedOnesFitTheTotal() {
        String officer = Staffing.officer("Kiều Văn Tài");
        // today the 150 million threshold (from 1 July 2026) is in force: a 100 million car is not listed on its own
        file(officer, "FIRST", 2024, "900000000", "[{\"description\":\"Car\",\"valueVnd\":100000000}]")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/asset-below-threshold"));
        file(officer, "FIRST", 2024, "500000000", "[{\"description\":\"House\",\"valueVnd\":600000000}]")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/assets-exceed-total"));
        TestTokens.as("AUDITOR")
                .queryParam("on", "2026-06-30")
                .get("/api/v1/asset-declaration-thresholds")
                .then()
                .statusCode(200)
                .body("perAssetVnd", equalTo(50000000))
                .body("yearlyRiseVnd", equalTo(300000000));
    }

    @Test
    void whoHeldAListedPostOnTheLastDayOfTheYearWithoutAnAnnualDeclarationIsOverdueAndAnnouncedOnce() {
        int lastYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
        String gate = Staffing.gate(Staffing.uniqueCode("OVD"));
        String sensitive = Staffing.post(gate, "ACCOUNTING", true, 5, false);
        String plain = Staffing.post(gate, "HOTLINE", false, 5, false);
        String owing = Staffing.officer("Quách Văn Nợ");
        String onPlainPost = Staffing.officer("Quách Thị Không");
        String cameLater = Staffing.officer("Quách Văn Sau");
        Staffing.move(owing, sensitive, LocalDate.of(lastYear - 1, 1, 1), "INITIAL")
                .then()
                .statusCode(201);
        Staffing.move(onPlainPost, plain, LocalDate.of(lastYear - 1, 1, 1), "INITIAL")
                .then()
                .statusCode(201);
        Staffing.move(cameLater, sensitive, LocalDate.of(lastYear + 1, 1, 1), "INITIAL")
                .then()
                .statusCode(201);

        List<String> overdue = TestTokens.as("AUDITOR")
                .queryParam("year", lastYear)
                .get("/api/v1/asset-declarations/overdue")
                .then()
                .statusCode(200)
                .extract()
                .path("officerId");
        assertEquals(true, overdue.contains(owing));
        assertEquals(false, overdue.contains(onPlainPost));
        assertEquals(false, overdue.contains(cameLater));
        TestTokens.as("AUDITOR")
                .queryParam("year", lastYear + 1)
                .get("/api/v1/asset-declarations/overdue")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0)); // this year's deadline has not passed

        notices.send();
        notices.send(); // a second run (tomorrow, another instance) announces nothing again
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(List.of(lastYear), overdueNoticeYears(owing)));
        assertEquals(List.of(), overdueNoticeYears(onPlainPost));
        assertEquals(List.of(), overdueNoticeYears(cameLater));
    }

    private List<Integer> overdueNoticeYears(String officer) {
        return TopicReader.readAll(bootstrapServers, "customs.staffing.v1").stream()
                .filter(record -> officer.equals(record.key()))
                .filter(record -> new String(
                                record.headers()
                                        .lastHeader(CloudEventHeaders.TYPE)
                                        .value(),
                                StandardCharsets.UTF_8)
                        .equals("customs.staffing.AssetDeclarationOverdue.v1"))
                .map(record -> new JsonPath(record.value()).getInt("year"))
                .collect(Collectors.toList());
    }

    private static Map<String, Object> firstOwed(String officer, LocalDate on) {
        List<Map<String, Object>> rows = TestTokens.as("AUDITOR")
                .queryParam("on", on.toString())
                .get("/api/v1/asset-declarations/first-owed")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.officerId == '" + officer + "' }");
        if (rows.isEmpty()) {
            return Map.of();
        }
        assertEquals(1, rows.size());
        return Map.of(
                "appointedOn", rows.get(0).get("appointedOn"),
                "deadline", rows.get(0).get("deadline"),
                "overdue", rows.get(0).get("overdue"));
    }

    static io.restassured.response.Response file(String officer, String kind, int year, String total, String assets) {
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"officerId\":\"" + officer + "\",\"kind\":\"" + kind + "\",\"year\":" + year
                        + ",\"totalAssetsVnd\":" + total + ",\"riseVnd\":0,\"assets\":" + assets + "}")
                .post("/api/v1/asset-declarations");
    }
}
