package vn.customs.inspections.api;

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
 * The world the inspections API tests act in: units, inspectors and heads as staffing announces them (real events on
 * the broker), inspections proposed and run through the API by a lead. Every name is unique to the test run.
 */
final class InspectionsWorld {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String STAFFING = "customs.staffing.v1";
    static final String HOTLINE = "customs.hotline.v1";
    static final String INSPECTIONS = "customs.inspections.v1";
    static final String PATH = "/api/v1/inspections";

    private InspectionsWorld() {}

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** A unit code unique to this call. */
    static String uniqueCode(String prefix) {
        return (prefix + "_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
    }

    /** Staffing opens a unit (a gate: SUB_DEPARTMENT, under the department DEPT). */
    static String openGate() {
        String code = uniqueCode("G");
        TopicWriter.send(
                bootstrap(),
                STAFFING,
                code,
                "customs.staffing.UnitOpened.v1",
                "{\"unitCode\":\"" + code + "\",\"name\":\"Cửa khẩu " + code + "\",\"kind\":\"SUB_DEPARTMENT\","
                        + "\"parentCode\":\"DEPT\",\"remoteArea\":false,\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        return code;
    }

    /** Staffing posts an officer at a unit from a day, on a post of the function. */
    static void post(UUID officer, String unit, String function, String from) {
        TopicWriter.send(
                bootstrap(),
                STAFFING,
                officer.toString(),
                "customs.staffing.OfficerPosted.v1",
                "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + UUID.randomUUID() + "\",\"unitCode\":\"" + unit
                        + "\",\"postId\":\"" + UUID.randomUUID() + "\",\"postFunction\":\"" + function + "\","
                        + "\"sensitivePost\":false,\"from\":\"" + from + "\",\"kind\":\"INITIAL\","
                        + "\"decisionNumber\":\"1/QĐ\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    /** An officer of the department's inspectorate (INSPECTION function at DEPT since 2020). */
    static UUID inspector() {
        UUID officer = UUID.randomUUID();
        post(officer, "DEPT", "INSPECTION", "2020-01-01");
        return officer;
    }

    static RequestSpecification lead() {
        return TestTokens.asSubject("lead-" + TestRun.id(), Roles.INSPECTION_LEAD)
                .contentType(ContentType.JSON);
    }

    static RequestSpecification as(String role) {
        return TestTokens.as(role, "officer_id", UUID.randomUUID().toString()).contentType(ContentType.JSON);
    }

    static String proposal(String type, String basis, String reference, String unit) {
        return """
                {"type":"%s","basis":"%s","basisReference":"%s","unitCode":"%s",
                 "scope":"Conduct, name badges and uniforms of the officers on duty","plannedStart":"2026-12-14",
                 "durationDays":5}
                """.formatted(type, basis, reference, unit);
    }

    /** A lead proposes an inspection (once the unit has arrived from staffing); returns its id. */
    static UUID propose(String type, String basis, String reference, String unit) {
        Response answer = await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> lead().body(proposal(type, basis, reference, unit))
                                .post(PATH),
                        r -> r.statusCode() != 422
                                || !r.jsonPath().getString("type").endsWith("unknown-unit"));
        answer.then().statusCode(201);
        return UUID.fromString(answer.jsonPath().getString("id"));
    }

    /** A lead reads the inspection's current ETag. */
    static String etag(UUID inspection) {
        return lead().get(PATH + "/" + inspection)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** A lead runs a step with the current ETag (POST, or PUT for team and schedule); returns the answer. */
    static Response act(UUID inspection, String step, String body) {
        RequestSpecification request = lead().header("If-Match", etag(inspection));
        if (body != null) {
            request = request.body(body);
        }
        String path = PATH + "/" + inspection + "/" + step;
        return step.equals("team") || step.equals("schedule") ? request.put(path) : request.post(path);
    }

    static String team(UUID lead, UUID deputy, UUID... members) {
        StringBuilder list = new StringBuilder();
        for (UUID member : members) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(member).append('"');
        }
        return "{\"leadOfficerId\":\"" + lead + "\",\"deputyOfficerId\":"
                + (deputy == null ? "null" : "\"" + deputy + "\"") + ",\"memberOfficerIds\":[" + list + "]}";
    }

    /** Proposes, seats a fresh team of inspectors and decides; returns the id of the DECIDED inspection. */
    static UUID decided(String type, String basis, String reference, String unit) {
        UUID inspection = propose(type, basis, reference, unit);
        UUID lead = inspector();
        UUID deputy = inspector();
        awaitStep(inspection, "team", team(lead, deputy));
        act(inspection, "decision", "{\"decisionNumber\":\"QD-" + TestRun.id() + "\"}")
                .then()
                .statusCode(200);
        return inspection;
    }

    /** Runs a step until it succeeds: the read models of staffing's events it depends on arrive asynchronously. */
    static void awaitStep(UUID inspection, String step, String body) {
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> act(inspection, step, body).statusCode() == 200);
    }

    /** The records on the inspections topic keyed by the object, of one type (null: every type). */
    static List<ConsumerRecord<String, String>> events(Object key, String type) {
        return TopicReader.readAll(bootstrap(), INSPECTIONS).stream()
                .filter(r -> key.toString().equals(r.key()))
                .filter(r -> type == null || type.equals(header(r, "ce_type")))
                .toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static Response anonymous() {
        return given().get(PATH);
    }
}
