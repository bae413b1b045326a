package vn.customs.staffing.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;

/** A suspension is set and lifted while a discipline case is open, and the officer's record follows. */
@QuarkusTest
class DisciplineSuspensionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void personnelSuspendsAndReinstatesAnOfficerWhileHisCaseIsOpenAndNotAfter() {
        String officer = Staffing.officer("Lạc Văn Treo");
        String caseId = openCase(officer, false);

        suspension(caseId, true, "Evidence of a bribe").then().statusCode(200).body("suspended", equalTo(true));
        officerSuspended(officer, true);
        suspension(caseId, true, "Again")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/suspension-unchanged"));

        suspension(caseId, false, "The evidence was forged")
                .then()
                .statusCode(200)
                .body("suspended", equalTo(false));
        officerSuspended(officer, false);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(List.of(true, false), suspensionEvents(officer)));

        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .header("If-Match", etag(caseId))
                .body("{\"outcome\":\"NO_VIOLATION\"}")
                .post("/api/v1/discipline-cases/" + caseId + "/closure")
                .then()
                .statusCode(200);
        suspension(caseId, true, "Too late").then().statusCode(409);
    }

    @Test
    void liftingOneCasesSuspensionLeavesTheOfficerSuspendedByAnother() {
        String officer = Staffing.officer("Lạc Thị Hai");
        openCase(officer, true);
        String second = openCase(officer, false);
        suspension(second, true, "A second matter").then().statusCode(200);
        suspension(second, false, "The second matter is cleared").then().statusCode(200);
        officerSuspended(officer, true);
        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"suspended\":true,\"reason\":\"stale\"}")
                .post("/api/v1/discipline-cases/" + second + "/suspension")
                .then()
                .statusCode(412);
    }

    private List<Boolean> suspensionEvents(String officer) {
        return TopicReader.readAll(bootstrapServers, "customs.staffing.v1").stream()
                .filter(record -> officer.equals(record.key()))
                .filter(record -> new String(
                                record.headers()
                                        .lastHeader(CloudEventHeaders.TYPE)
                                        .value(),
                                StandardCharsets.UTF_8)
                        .equals("customs.staffing.SuspensionChanged.v1"))
                .map(record -> new JsonPath(record.value()).getBoolean("suspended"))
                .collect(Collectors.toList());
    }

    private static String openCase(String officer, boolean suspended) {
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"officerId\":\"" + officer + "\",\"reason\":\"Complaint\",\"suspended\":" + suspended + "}")
                .post("/api/v1/discipline-cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String etag(String caseId) {
        return TestTokens.as("PERSONNEL")
                .get("/api/v1/discipline-cases/" + caseId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static io.restassured.response.Response suspension(String caseId, boolean suspended, String reason) {
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .header("If-Match", etag(caseId))
                .body("{\"suspended\":" + suspended + ",\"reason\":\"" + reason + "\"}")
                .post("/api/v1/discipline-cases/" + caseId + "/suspension");
    }

    private static void officerSuspended(String officer, boolean suspended) {
        TestTokens.as("PERSONNEL")
                .get("/api/v1/officers/" + officer)
                .then()
                .statusCode(200)
                .body("suspended", equalTo(suspended));
    }
}
