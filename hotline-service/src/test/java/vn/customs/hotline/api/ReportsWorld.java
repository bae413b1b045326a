package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/**
 * The world the hotline's API tests act in: units and postings as staffing announces them (real events on the
 * broker), reports filed through the public API, handlers with officer ids. Every name is unique to the test run.
 */
final class ReportsWorld {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String STAFFING = "customs.staffing.v1";
    static final String HOTLINE = "customs.hotline.v1";

    private ReportsWorld() {}

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** A gate unique to this call, opened by staffing and known to the hotline once this returns. */
    static String openGate(boolean remoteArea) {
        String code = ("G_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
        TopicWriter.send(
                bootstrap(),
                STAFFING,
                code,
                "customs.staffing.UnitOpened.v1",
                "{\"unitCode\":\"" + code + "\",\"name\":\"Cửa khẩu " + code + "\",\"kind\":\"SUB_DEPARTMENT\","
                        + "\"parentCode\":null,\"remoteArea\":" + remoteArea
                        + ",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        // a filing about the gate is refused (422 unknown-unit) until the hotline has it
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> fileAnonymous(code).statusCode() == 201);
        return code;
    }

    /** Staffing posts an officer at a unit from a day. */
    static void post(UUID officer, String unit, String from) {
        TopicWriter.send(
                bootstrap(),
                STAFFING,
                officer.toString(),
                "customs.staffing.OfficerPosted.v1",
                "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + UUID.randomUUID() + "\",\"unitCode\":\"" + unit
                        + "\",\"postId\":\"" + UUID.randomUUID() + "\",\"postFunction\":\"CLEARANCE\","
                        + "\"sensitivePost\":true,\"from\":\"" + from + "\",\"kind\":\"INITIAL\","
                        + "\"decisionNumber\":\"1/QĐ\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    static String anonymousReport(String unit) {
        return anonymousReport(unit, "DENUNCIATION");
    }

    static String anonymousReport(String unit, String kind) {
        return """
                {"kind": "%s", "category": "BRIBE_REQUEST", "unitCode": "%s",
                 "happenedAt": "2026-03-03T03:00:00Z", "accusedDescription": "the officer at counter 2",
                 "reporterMode": "ANONYMOUS",
                 "text": "The officer at counter 2 asked for 2 million dong to release the truck."}
                """.formatted(kind, unit);
    }

    static Response fileAnonymous(String unit) {
        return given().contentType(ContentType.JSON).body(anonymousReport(unit)).post("/api/v1/reports");
    }

    /** Files an anonymous report and returns the answer's JSON path: reportId, receipt, proof. */
    static Filed file(String body) {
        Response answer = given().contentType(ContentType.JSON).body(body).post("/api/v1/reports");
        answer.then().statusCode(201);
        return new Filed(
                UUID.fromString(answer.jsonPath().getString("reportId")),
                answer.jsonPath().getString("receipt"));
    }

    record Filed(UUID id, String receipt) {}

    /** A handler: HOTLINE_HANDLER with an officer id of his own. */
    static RequestSpecification handler(UUID officer) {
        return TestTokens.asSubject("handler-" + officer, Roles.HOTLINE_HANDLER, "officer_id", officer.toString())
                .contentType(ContentType.JSON);
    }

    static RequestSpecification reporter(String receipt) {
        return given().header("Report-Receipt", receipt).contentType(ContentType.JSON);
    }

    /** The report's current ETag, read by the handler. */
    static String etag(UUID officer, UUID report) {
        return handler(officer)
                .get("/api/v1/reports/" + report)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Runs a transition with the current ETag; returns the answer. */
    static Response act(UUID officer, UUID report, String path, String body) {
        RequestSpecification request = handler(officer).header("If-Match", etag(officer, report));
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/v1/reports/" + report + path);
    }

    /** The records on the hotline's topic about a report, of one type. */
    static List<ConsumerRecord<String, String>> events(UUID report, String type) {
        return TopicReader.readAll(bootstrap(), HOTLINE).stream()
                .filter(r -> r.key() != null && r.key().equals(report.toString()))
                .filter(r -> type.equals(header(r, "ce_type")))
                .toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
