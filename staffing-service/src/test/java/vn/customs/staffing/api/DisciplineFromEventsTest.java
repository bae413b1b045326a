package vn.customs.staffing.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/**
 * Other services' events open discipline cases through the inbox, once however often they arrive: a DISCIPLINARY
 * finding (the unit's head on the violation day answers for it), and a substantiated hotline report.
 */
@QuarkusTest
class DisciplineFromEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aDisciplinaryReferralOpensOneCaseThatSuspendsAndNamesTheHeadOnTheViolationDay() {
        String code = Staffing.uniqueCode("FND");
        String gate = Staffing.gate(code);
        String headPost = Staffing.post(gate, "MANAGEMENT", false, 1, true);
        String clearance = Staffing.post(gate, "CLEARANCE", true, 5, false);
        String head = Staffing.officer("Nông Văn Dền", "PRINCIPAL_INSPECTOR");
        String officer = Staffing.officer("Hà Thị Thu");
        Staffing.move(head, headPost, LocalDate.of(2024, 1, 1), "PROMOTION")
                .then()
                .statusCode(201);
        Staffing.move(officer, clearance, LocalDate.of(2024, 1, 1), "INITIAL")
                .then()
                .statusCode(201);
        String inspection = UUID.randomUUID().toString(); // the record key: one inspection's findings arrive in order
        String finding = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String payload = "{\"inspectionId\":\"" + inspection + "\",\"findingId\":\"" + finding + "\",\"unitCode\":\""
                + code + "\",\"officerId\":\"" + officer
                + "\",\"category\":\"BRIBERY\",\"severity\":\"DISCIPLINARY_REFERRAL\","
                + "\"violationDate\":\"2025-03-04\",\"accountableHeadOfficerId\":null,"
                + "\"occurredAt\":\"2025-03-10T03:00:00Z\",\"aFieldFromANewerProducer\":1}";
        String type = "customs.inspections.FindingRecorded.v1";
        send("customs.inspections.v1", inspection, eventId, type, payload);
        send("customs.inspections.v1", inspection, eventId, type, payload); // redelivered
        send("customs.inspections.v1", inspection, UUID.randomUUID().toString(), type, payload); // sent twice
        String reminder = UUID.randomUUID().toString();
        send(
                "customs.inspections.v1",
                inspection,
                UUID.randomUUID().toString(),
                type,
                payload.replace(finding, reminder).replace("DISCIPLINARY_REFERRAL", "REMINDER"));
        String later = UUID.randomUUID().toString();
        send("customs.inspections.v1", inspection, UUID.randomUUID().toString(), type, payload.replace(finding, later));

        // The last finding's case exists, so everything sent before it on that key was applied (or skipped).
        JsonPath cases = await().atMost(Duration.ofSeconds(30))
                .until(() -> casesOf(officer), c -> c.getList("items.originId").contains(later));
        assertEquals(
                List.of(finding, later).stream().sorted().toList(),
                cases.getList("items.originId", String.class).stream().sorted().toList());
        String first = "items.find { it.originId == '" + finding + "' }.";
        assertEquals("FINDING", cases.getString(first + "origin"));
        assertEquals(code, cases.getString(first + "unitCode"));
        assertEquals(head, cases.getString(first + "accountableHeadOfficerId"));
        TestTokens.as("PERSONNEL")
                .get("/api/v1/officers/" + officer)
                .then()
                .body("underReview", equalTo(true))
                .body("suspended", equalTo(true));
    }

    @Test
    void aSubstantiatedReportPutsTheOfficersUnderReviewAndAnUnfoundedOneDoesNot() {
        String gate = Staffing.gate(Staffing.uniqueCode("RPT"));
        String post = Staffing.post(gate, "CLEARANCE", true, 5, false);
        String accused = Staffing.officer("Dương Văn Khoa");
        String cleared = Staffing.officer("Lý Thị Ngân");
        Staffing.move(accused, post, LocalDate.of(2024, 1, 1), "INITIAL").then().statusCode(201);
        Staffing.move(cleared, post, LocalDate.of(2024, 1, 1), "INITIAL").then().statusCode(201);
        String key = UUID.randomUUID().toString(); // one key: the two records arrive in the order sent
        String unfounded = UUID.randomUUID().toString();
        send(
                "customs.hotline.v1",
                key,
                UUID.randomUUID().toString(),
                "customs.hotline.ReportConcluded.v1",
                "{\"reportId\":\"" + unfounded + "\",\"outcome\":\"NOT_SUBSTANTIATED\",\"officerIds\":[\"" + cleared
                        + "\"],\"occurredAt\":\"2025-03-10T03:00:00Z\"}");
        String report = UUID.randomUUID().toString();
        send(
                "customs.hotline.v1",
                key,
                UUID.randomUUID().toString(),
                "customs.hotline.ReportConcluded.v1",
                "{\"reportId\":\"" + report + "\",\"outcome\":\"SUBSTANTIATED\",\"officerIds\":[\"" + accused
                        + "\"],\"occurredAt\":\"2025-03-10T03:00:00Z\"}");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> casesOf(accused).getList("items").size() == 1);
        assertEquals("REPORT", casesOf(accused).getString("items[0].origin"));
        TestTokens.as("PERSONNEL").get("/api/v1/officers/" + accused).then().body("underReview", equalTo(true));
        // the unfounded report was applied before the substantiated one, and left no case
        assertEquals(List.of(), casesOf(cleared).getList("items"));
        TestTokens.as("PERSONNEL").get("/api/v1/officers/" + cleared).then().body("underReview", equalTo(false));
    }

    @Test
    void closingTheLastCaseEndsReviewAndSuspension() {
        String gate = Staffing.gate(Staffing.uniqueCode("CLS"));
        String sensitive = Staffing.post(gate, "CLEARANCE", true, 5, false);
        String other = Staffing.post(gate, "HOTLINE", false, 5, false);
        String officer = Staffing.officer("Hồ Văn Bảy");
        Staffing.move(officer, other, LocalDate.of(2024, 1, 1), "INITIAL")
                .then()
                .statusCode(201);
        JsonPath opened = TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"officerId\":\"" + officer + "\",\"reason\":\"Asked a trader for money\",\"suspended\":true}")
                .post("/api/v1/discipline-cases")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .jsonPath();
        TestTokens.as("PERSONNEL").get("/api/v1/officers/" + officer).then().body("suspended", equalTo(true));
        Staffing.move(officer, sensitive, LocalDate.of(2025, 1, 1), "PERIODIC_ROTATION")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/officer-suspended"));

        String id = opened.getString("id");
        String etag =
                TestTokens.as("PERSONNEL").get("/api/v1/discipline-cases/" + id).header("ETag");
        TestTokens.as("PERSONNEL")
                .header("If-Match", etag)
                .contentType("application/json")
                .body("{\"outcome\":\"REPRIMAND\"}")
                .post("/api/v1/discipline-cases/" + id + "/closure")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("REPRIMAND"));
        TestTokens.as("PERSONNEL")
                .get("/api/v1/officers/" + officer)
                .then()
                .body("suspended", equalTo(false))
                .body("underReview", equalTo(false));
        Staffing.move(officer, sensitive, LocalDate.of(2025, 1, 1), "PERIODIC_ROTATION")
                .then()
                .statusCode(201);
        TestTokens.as("PERSONNEL")
                .header(
                        "If-Match",
                        TestTokens.as("PERSONNEL")
                                .get("/api/v1/discipline-cases/" + id)
                                .header("ETag"))
                .contentType("application/json")
                .body("{\"outcome\":\"WARNING\"}")
                .post("/api/v1/discipline-cases/" + id + "/closure")
                .then()
                .statusCode(409);
    }

    @Test
    void aReportNamingAnOfficerTheRegisterDoesNotKnowIsDeadLetteredWithTheReasonAndTheNextReportApplies() {
        String post = Staffing.post(Staffing.gate(Staffing.uniqueCode("UNK")), "CLEARANCE", true, 5, false);
        String known = Staffing.officer("Vi Văn Sáu");
        Staffing.move(known, post, LocalDate.of(2024, 1, 1), "INITIAL").then().statusCode(201);
        String stranger = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String lost = UUID.randomUUID().toString();
        send(
                "customs.hotline.v1",
                key,
                lost,
                "customs.hotline.ReportConcluded.v1",
                "{\"reportId\":\"" + UUID.randomUUID() + "\",\"outcome\":\"SUBSTANTIATED\",\"officerIds\":[\""
                        + stranger + "\"],\"occurredAt\":\"2025-03-10T03:00:00Z\"}");
        send(
                "customs.hotline.v1",
                key,
                UUID.randomUUID().toString(),
                "customs.hotline.ReportConcluded.v1",
                "{\"reportId\":\"" + UUID.randomUUID() + "\",\"outcome\":\"SUBSTANTIATED\",\"officerIds\":[\"" + known
                        + "\"],\"occurredAt\":\"2025-03-10T03:00:00Z\"}");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> casesOf(known).getList("items").size() == 1);
        var dead = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> TopicReader.readAll(bootstrapServers, "customs.hotline.v1.dlq.staffing").stream()
                                .filter(record -> key.equals(record.key()))
                                .toList(),
                        records -> records.size() == 1);
        String reason = new String(
                dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(
                reason.contains("names officer " + stranger + ", who is not in the register"), reason);
        assertEquals(
                lost,
                new String(dead.get(0).headers().lastHeader("ce_id").value(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonPath casesOf(String officer) {
        return TestTokens.as("AUDITOR")
                .queryParam("officerId", officer)
                .get("/api/v1/discipline-cases")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private void send(String topic, String key, String eventId, String type, String payload) {
        TopicWriter.send(bootstrapServers, topic, key, eventId, type, payload);
    }
}
