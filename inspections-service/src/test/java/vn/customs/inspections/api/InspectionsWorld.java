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

    /** Staffing names {@code officer} head of {@code unit} from 2020 on. */
    static void headOf(String unit, UUID officer) {
        TopicWriter.send(
                bootstrap(),
                STAFFING,
                unit,
                "customs.staffing.UnitHeadChanged.v1",
                "{\"unitCode\":\"" + unit + "\",\"headOfficerId\":\"" + officer + "\",\"from\":\"2020-01-01\","
                        + "\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    /** A new head of {@code unit} (staffing's event sent); returns his officer id. */
    static UUID headOf(String unit) {
        UUID head = UUID.randomUUID();
        headOf(unit, head);
        return head;
    }

    /** A UNIT_HEAD token naming the officer. */
    static RequestSpecification unitHead(UUID officer) {
        return TestTokens.as(Roles.UNIT_HEAD, "officer_id", officer.toString()).contentType(ContentType.JSON);
    }

    /** Waits until the head reads the (visible) inspection: staffing's event about him has arrived. */
    static void awaitHeadSees(UUID head, UUID inspection) {
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> unitHead(head).get(PATH + "/" + inspection).statusCode() == 200);
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

    /**
     * A THEMATIC inspection on a directive, seated (lead and one member), decided and started through the repository:
     * visible to every reader of inspections, and open to findings. Its team's screening is tested elsewhere.
     */
    static UUID startedThematic(
            vn.customs.inspections.domain.inspection.InspectionRepository inspections,
            String unit,
            UUID teamLead,
            UUID member) {
        UUID id = UUID.randomUUID();
        java.time.Instant now = java.time.Instant.now();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            var inspection = vn.customs.inspections.domain.inspection.Inspection.propose(
                    id,
                    vn.customs.inspections.domain.inspection.InspectionType.THEMATIC,
                    vn.customs.inspections.domain.inspection.Basis.DIRECTIVE,
                    "CT-07/2026",
                    new vn.customs.platform.domain.UnitCode(unit),
                    List.of(),
                    "Conduct, name badges and uniforms",
                    vn.customs.inspections.domain.inspection.Schedule.planned(java.time.LocalDate.of(2026, 3, 9), 10),
                    now);
            inspection.assignTeam(new vn.customs.inspections.domain.inspection.Team(
                    new vn.customs.platform.domain.OfficerId(teamLead),
                    null,
                    List.of(new vn.customs.platform.domain.OfficerId(member))));
            inspection.decide("QD-" + TestRun.id(), now);
            inspection.start(java.time.LocalDate.of(2026, 3, 9), now);
            inspections.add(inspection);
        });
        return id;
    }

    /** A lead records a CORRECTIVE finding (uniforms, 10 March 2026) on a started inspection; returns its id. */
    static UUID correctiveFinding(UUID inspection) {
        return UUID.fromString(lead().body("""
                        {"category":"UNIFORM","severity":"CORRECTIVE","violationDate":"2026-03-10",
                         "evidence":"Seen by the team at counter 2 on the morning shift."}
                        """)
                .post(PATH + "/" + inspection + "/findings")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** A lead orders a corrective action on the finding, owned by the officer, due in 30 days; returns its id. */
    static UUID correctiveAction(UUID finding, UUID owner) {
        return UUID.fromString(lead().body("{\"description\":\"Issue name badges to every officer on shift.\","
                        + "\"ownerOfficerId\":\"" + owner + "\",\"dueDate\":\""
                        + java.time.LocalDate.now().plusDays(30) + "\"}")
                .post("/api/v1/findings/" + finding + "/corrective-actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
