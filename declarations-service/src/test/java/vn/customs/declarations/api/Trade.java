package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicWriter;

/** What tests need to trade at a gate: enterprises, declaration bodies, and officers posted through real events. */
final class Trade {

    private Trade() {}

    static String taxId() {
        return String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    /** A local reference no other test uses (at most 35 characters). */
    static String lrn() {
        return "LRN-" + UUID.randomUUID().toString().substring(0, 18);
    }

    /** A new gate, opened through staffing's real UnitOpened event; returns once this service accepts it. */
    static String gate(String prefix) {
        String gate = unitCode(prefix);
        openUnit(gate, "SUB_DEPARTMENT", "DEPT");
        String taxId = taxId();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestTokens.as("DECLARANT", "tax_id", taxId)
                                .contentType("application/json")
                                .body(body(taxId, lrn(), gate))
                                .post("/api/v1/declarations/dry-run")
                                .statusCode()
                        == 200);
        return gate;
    }

    /** A unit code no other test uses, of a unit nobody opened yet. */
    static String unitCode(String prefix) {
        return (prefix + "_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 4)).toUpperCase();
    }

    /** Staffing opens a unit ({@code DEPARTMENT}, {@code SUB_DEPARTMENT} or {@code TEAM}) under {@code parent}. */
    static void openUnit(String code, String kind, String parent) {
        send(
                bootstrap(),
                code,
                "UnitOpened",
                "{\"unitCode\":\"" + code + "\",\"name\":\"Đội " + code + "\",\"kind\":\"" + kind
                        + "\",\"parentCode\":" + (parent == null ? "null" : "\"" + parent + "\"")
                        + ",\"remoteArea\":false,\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    /** Staffing closes a unit from {@code closedOn}. */
    static void closeUnit(String code, LocalDate closedOn) {
        send(
                bootstrap(),
                code,
                "UnitClosed",
                "{\"unitCode\":\"" + code + "\",\"closedOn\":\"" + closedOn
                        + "\",\"decisionNumber\":\"9/QĐ\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    static String body(String taxId, String lrn, String gate) {
        return body(taxId, lrn, gate, "ELECTRONIC", "1000.00");
    }

    static String body(String taxId, String lrn, String gate, String channel, String amount) {
        return "{\"lrn\":\"" + lrn + "\",\"flow\":\"IMPORT\",\"procedureCode\":\"A11\",\"gateCode\":\"" + gate + "\","
                + "\"submissionChannel\":\"" + channel + "\",\"declarant\":{\"taxId\":\"" + taxId + "\","
                + "\"name\":\"Công ty TNHH Thương mại Đồng Đăng\",\"address\":\"Lạng Sơn\"},\"counterparty\":{\"name\":"
                + "\"Pingxiang Trading Co.\",\"country\":\"CN\"},\"transport\":{\"mode\":\"ROAD\",\"meansId\":\"12C-34567\","
                + "\"billOfLading\":\"PX-1\",\"arrivalDate\":\"" + today() + "\"},\"invoice\":{\"number\":\"INV-1\","
                + "\"date\":\"" + today().minusDays(2) + "\",\"currency\":\"USD\",\"amount\":" + amount + ","
                + "\"exchangeRateVnd\":25000,\"usdRateVnd\":25000,\"incoterm\":\"DAP\"},\"items\":[{\"hsCode\":\"08109094\","
                + "\"description\":\"Quả thanh long tươi\",\"originCountry\":\"CN\",\"quantity\":2000,\"unit\":\"KGM\","
                + "\"netMassKg\":2000,\"customsValue\":" + amount + "}]}";
    }

    static io.restassured.response.Response lodge(String taxId, String body) {
        return TestTokens.as("DECLARANT", "tax_id", taxId)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/declarations");
    }

    /** Posts an officer at a gate through staffing's real events, and waits until this service knows it. */
    static String officerAt(String bootstrap, javax.sql.DataSource db, String gate, String... conflictTaxIds) {
        String officer = UUID.randomUUID().toString();
        StringBuilder conflicts = new StringBuilder();
        for (String taxId : conflictTaxIds) {
            conflicts
                    .append(conflicts.length() == 0 ? "" : ",")
                    .append('"')
                    .append(taxId)
                    .append('"');
        }
        send(
                bootstrap,
                officer,
                "OfficerRegistered",
                "{\"officerId\":\"" + officer + "\",\"serviceNumber\":\"T1\","
                        + "\"fullName\":\"Nguyễn Văn Kiểm\",\"rank\":\"INSPECTOR\",\"conflictOfInterestTaxIds\":["
                        + conflicts
                        + "],\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        send(
                bootstrap,
                officer,
                "OfficerPosted",
                "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + UUID.randomUUID()
                        + "\",\"unitCode\":\"" + gate + "\",\"postId\":\"" + UUID.randomUUID()
                        + "\",\"postFunction\":\"CLEARANCE\","
                        + "\"sensitivePost\":true,\"from\":\"2024-01-01\",\"kind\":\"INITIAL\",\"decisionNumber\":\"1/QĐ\","
                        + "\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> asOfficer(officer).get("/api/v1/work-queue").statusCode() == 200);
        return officer;
    }

    static io.restassured.specification.RequestSpecification asOfficer(String officer) {
        return TestTokens.as("OFFICER", "officer_id", officer);
    }

    static void suspend(String bootstrap, String officer) {
        send(
                bootstrap,
                officer,
                "DisciplineCaseOpened",
                "{\"officerId\":\"" + officer + "\",\"caseId\":\"" + UUID.randomUUID()
                        + "\",\"origin\":\"MANUAL\",\"originId\":null,\"suspended\":true,\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    static void send(String bootstrap, String key, String type, String payload) {
        TopicWriter.send(bootstrap, "customs.staffing.v1", key, "customs.staffing." + type + ".v1", payload);
    }

    /** Takes the declaration through its channel's steps to CLEARED, as the officer it is assigned to. */
    static void clear(String officer, io.restassured.path.json.JsonPath declaration) {
        String id = declaration.getString("id");
        java.util.List<String> steps = declaration.getString("channel").equals("GREEN")
                ? java.util.List.of("CLEAR")
                : declaration.getString("channel").equals("YELLOW")
                        ? java.util.List.of("START_DOC_CHECK", "CLEAR")
                        : java.util.List.of("REQUIRE_GOODS", "GOODS_PRESENTED", "CLEAR");
        for (String step : steps) {
            String etag =
                    TestTokens.as("AUDITOR").get("/api/v1/declarations/" + id).header("ETag");
            Trade.asOfficer(officer)
                    .header("If-Match", etag)
                    .contentType("application/json")
                    .body("{\"step\":\"" + step + "\"}")
                    .post("/api/v1/declarations/" + id + "/steps")
                    .then()
                    .statusCode(200);
        }
    }
}
