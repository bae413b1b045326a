package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.inspection.Schedule;
import vn.customs.inspections.domain.inspection.Team;
import vn.customs.inspections.domain.staffing.UnitHeads;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicWriter;

/**
 * Findings and the unit head's accountability, on the real PostgreSQL and broker: the head named is the one of the
 * violation date from staffing's history, even when staffing has named another head since; a REMINDER names nobody;
 * only leads and inspectors on the team record; a sealed surprise inspection has no findings for an inspector.
 */
@QuarkusTest
class FindingAccountabilityTest {

    static final String FINDING_RECORDED = "customs.inspections.FindingRecorded.v1";

    @Inject
    InspectionRepository inspections;

    @Inject
    UnitHeads heads;

    @Test
    void theHeadOnTheViolationDateAnswersNotTodaysHead() {
        String gate = uniqueGate();
        UUID headA = UUID.randomUUID();
        UUID headB = UUID.randomUUID();
        headChanged(gate, headA, "2025-01-01");
        awaitHead(gate, LocalDate.of(2026, 3, 10), headA);
        Started started = started(InspectionType.THEMATIC, gate);
        // the violation of 10 March happened under A; staffing names B from 1 June, announced after it
        headChanged(gate, headB, "2026-06-01");
        awaitHead(gate, LocalDate.of(2026, 6, 1), headB);

        Response answer = record(started, finding("NAME_BADGE", "CORRECTIVE", null, "2026-03-10"));
        answer.then().statusCode(201).header("ETag", equalTo("\"0\""));
        JsonPath corrective = answer.jsonPath();
        assertThat(corrective.getString("accountableHeadOfficerId"), equalTo(headA.toString()));
        UUID correctiveId = UUID.fromString(corrective.getString("id"));
        assertThat(answer.header("Location"), endsWith("/api/v1/findings/" + correctiveId));

        JsonPath reminder = record(started, finding("UNIFORM", "REMINDER", null, "2026-03-10"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(reminder.getString("accountableHeadOfficerId"), nullValue());

        UUID officer = UUID.randomUUID();
        JsonPath referral = record(started, finding("CONDUCT", "DISCIPLINARY_REFERRAL", officer, "2026-07-02"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(referral.getString("officerId"), equalTo(officer.toString()));
        assertThat(referral.getString("accountableHeadOfficerId"), equalTo(headB.toString()));

        List<ConsumerRecord<String, String>> published = await().atMost(InspectionsWorld.WAIT)
                .until(() -> InspectionsWorld.events(started.id(), FINDING_RECORDED), events -> events.size() == 3);
        JsonPath correctiveEvent = event(published, correctiveId);
        assertThat(correctiveEvent.getString("accountableHeadOfficerId"), equalTo(headA.toString()));
        assertThat(correctiveEvent.getString("unitCode"), equalTo(gate));
        assertThat(correctiveEvent.getString("category"), equalTo("NAME_BADGE"));
        assertThat(correctiveEvent.getString("severity"), equalTo("CORRECTIVE"));
        assertThat(correctiveEvent.getString("violationDate"), equalTo("2026-03-10"));
        JsonPath reminderEvent = event(published, UUID.fromString(reminder.getString("id")));
        assertThat(reminderEvent.getString("accountableHeadOfficerId"), nullValue());
        JsonPath referralEvent = event(published, UUID.fromString(referral.getString("id")));
        assertThat(referralEvent.getString("officerId"), equalTo(officer.toString()));
        assertThat(referralEvent.getString("severity"), equalTo("DISCIPLINARY_REFERRAL"));
        assertThat(referralEvent.getString("accountableHeadOfficerId"), equalTo(headB.toString()));

        // read back by the unit's head today (B), an auditor and an inspector, in the order recorded
        for (String role : List.of(Roles.UNIT_HEAD, Roles.AUDITOR, Roles.INSPECTOR)) {
            TestTokens.as(role, "officer_id", headB.toString())
                    .get(findings(started.id()))
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(3))
                    .body("items[0].id", equalTo(correctiveId.toString()))
                    .body("items[0].accountableHeadOfficerId", equalTo(headA.toString()));
        }
        TestTokens.as(Roles.AUDITOR)
                .get("/api/v1/findings/" + correctiveId)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("accountableHeadOfficerId", equalTo(headA.toString()))
                .body("correctiveActions", emptyIterable());
    }

    @Test
    void aVacantPostNamesNobodyEvenForACorrectiveFinding() {
        String gate = uniqueGate();
        UUID former = UUID.randomUUID();
        headChanged(gate, former, "2025-01-01");
        awaitHead(gate, LocalDate.of(2026, 3, 10), former);
        headChanged(gate, null, "2026-02-01");
        awaitHead(gate, LocalDate.of(2026, 3, 10), null);
        Started started = started(InspectionType.THEMATIC, gate);

        record(started, finding("PROCEDURE", "CORRECTIVE", null, "2026-03-10"))
                .then()
                .statusCode(201)
                .body("accountableHeadOfficerId", nullValue());
    }

    @Test
    void onlyALeadOrAnInspectorOnTheTeamRecords() {
        Started started = started(InspectionType.THEMATIC, uniqueGate());
        String body = finding("UNIFORM", "REMINDER", null, "2026-03-10");

        inspector(UUID.randomUUID())
                .body(body)
                .post(findings(started.id()))
                .then()
                .statusCode(403)
                .body("type", endsWith("not-on-team"));
        TestTokens.as(Roles.INSPECTOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post(findings(started.id()))
                .then()
                .statusCode(403)
                .body("type", endsWith("not-on-team"));
        for (String role : List.of(Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD, Roles.OFFICER)) {
            TestTokens.as(role, "officer_id", started.member().toString())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(findings(started.id()))
                    .then()
                    .statusCode(403);
        }
        TestTokens.as(Roles.DASHBOARD).get(findings(started.id())).then().statusCode(403);
        InspectionsWorld.lead().body(body).post(findings(started.id())).then().statusCode(201);
        inspector(started.member())
                .body(body)
                .post(findings(started.id()))
                .then()
                .statusCode(201);
    }

    @Test
    void aSealedSurpriseInspectionHasNoFindingsForAnInspectorAndTakesNoneBeforeItStarts() {
        Decided sealed = decided(InspectionType.SURPRISE, uniqueGate());
        String body = finding("NAME_BADGE", "CORRECTIVE", null, "2026-03-10");
        UUID stranger = UUID.randomUUID();
        Response unknown = TestTokens.as(Roles.INSPECTOR).get(findings(stranger));

        for (RequestSpecification outsider :
                List.of(inspector(sealed.member()), TestTokens.as(Roles.UNIT_HEAD), TestTokens.as(Roles.AUDITOR))) {
            Response answer = outsider.get(findings(sealed.id()));
            answer.then().statusCode(404);
            // the same answer as for an inspection that does not exist, but for the id
            assertThat(
                    answer.jsonPath().getString("detail").replace(sealed.id().toString(), "ID"),
                    equalTo(unknown.jsonPath().getString("detail").replace(stranger.toString(), "ID")));
            assertThat(
                    answer.jsonPath().getString("type"),
                    equalTo(unknown.jsonPath().getString("type")));
        }
        inspector(sealed.member()).body(body).post(findings(sealed.id())).then().statusCode(404);
        InspectionsWorld.lead()
                .get(findings(sealed.id()))
                .then()
                .statusCode(200)
                .body("items", emptyIterable());
        InspectionsWorld.lead()
                .body(body)
                .post(findings(sealed.id()))
                .then()
                .statusCode(409)
                .body("detail", containsString("DECIDED"));
        assertThat(InspectionsWorld.events(sealed.id(), null), hasSize(0));
    }

    @Test
    void badFindingsAreRefusedWithThePointerOrTheRule() {
        Started started = started(InspectionType.THEMATIC, uniqueGate());
        InspectionsWorld.lead()
                .body(finding(
                        "UNIFORM", "REMINDER", null, LocalDate.now().plusDays(2).toString()))
                .post(findings(started.id()))
                .then()
                .statusCode(422)
                .body("type", endsWith("violation-in-future"));
        InspectionsWorld.lead()
                .body("{\"category\":\"UNIFORM\",\"severity\":\"REMINDER\",\"violationDate\":\"2026-03-10\","
                        + "\"evidence\":\"" + "x".repeat(4001) + "\"}")
                .post(findings(started.id()))
                .then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/evidence"));
        InspectionsWorld.lead()
                .body("{\"category\":\"HAIRCUT\",\"severity\":\"REMINDER\",\"violationDate\":\"2026-03-10\","
                        + "\"evidence\":\"Long hair.\"}")
                .post(findings(started.id()))
                .then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/category"));
        InspectionsWorld.lead()
                .body("{\"severity\":\"REMINDER\",\"violationDate\":\"2026-03-10\",\"evidence\":\"x\"}")
                .post(findings(started.id()))
                .then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/category"));
        InspectionsWorld.lead()
                .body(finding("UNIFORM", "REMINDER", null, "2026-03-10"))
                .post(findings(UUID.randomUUID()))
                .then()
                .statusCode(404);
    }

    @Test
    void aReplayedFindingIsRecordedOnce() {
        Started started = started(InspectionType.THEMATIC, uniqueGate());
        String key = "finding-" + UUID.randomUUID();
        String body = finding("DELAY", "REMINDER", null, "2026-03-10");
        String first = InspectionsWorld.lead()
                .header("Idempotency-Key", key)
                .body(body)
                .post(findings(started.id()))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        InspectionsWorld.lead()
                .header("Idempotency-Key", key)
                .body(body)
                .post(findings(started.id()))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString("/api/v1/findings/" + first))
                .body("id", equalTo(first));
        InspectionsWorld.lead().get(findings(started.id())).then().body("items", hasSize(1));
    }

    // the world of these tests

    /** An inspection created through the repository (its lead's API and team screening are tested elsewhere). */
    record Decided(UUID id, UUID lead, UUID member) {}

    record Started(UUID id, UUID lead, UUID member) {}

    Decided decided(InspectionType type, String gate) {
        UUID id = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            Inspection inspection = Inspection.propose(
                    id,
                    type,
                    type == InspectionType.SURPRISE ? Basis.RISK_DRAW : Basis.DIRECTIVE,
                    type == InspectionType.SURPRISE ? UUID.randomUUID().toString() : "CT-07/2026",
                    new UnitCode(gate),
                    List.of(),
                    "Conduct, name badges and uniforms",
                    Schedule.planned(LocalDate.of(2026, 3, 9), 10),
                    now);
            inspection.assignTeam(new Team(new OfficerId(lead), null, List.of(new OfficerId(member))));
            inspection.decide("QD-" + TestRun.id(), now);
            inspections.add(inspection);
        });
        return new Decided(id, lead, member);
    }

    Started started(InspectionType type, String gate) {
        Decided decided = decided(type, gate);
        QuarkusTransaction.requiringNew()
                .run(() -> inspections.find(decided.id()).orElseThrow().start(LocalDate.of(2026, 3, 9), Instant.now()));
        return new Started(decided.id(), decided.lead(), decided.member());
    }

    static String uniqueGate() {
        return InspectionsWorld.uniqueCode("F");
    }

    static void headChanged(String unit, UUID head, String from) {
        TopicWriter.send(
                InspectionsWorld.bootstrap(),
                InspectionsWorld.STAFFING,
                unit,
                "customs.staffing.UnitHeadChanged.v1",
                "{\"unitCode\":\"" + unit + "\",\"headOfficerId\":" + (head == null ? "null" : "\"" + head + "\"")
                        + ",\"from\":\"" + from + "\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    void awaitHead(String unit, LocalDate day, UUID head) {
        Optional<OfficerId> expected = Optional.ofNullable(head).map(OfficerId::new);
        await().atMost(InspectionsWorld.WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> heads.headOn(new UnitCode(unit), day))
                        .equals(expected));
    }

    static String finding(String category, String severity, UUID officer, String violationDate) {
        return """
                {"category":"%s","severity":"%s","officerId":%s,"violationDate":"%s",
                 "evidence":"Seen by the team at counter 2 on the morning shift."}
                """.formatted(category, severity, officer == null ? "null" : "\"" + officer + "\"", violationDate);
    }

    static String findings(UUID inspection) {
        return "/api/v1/inspections/" + inspection + "/findings";
    }

    static RequestSpecification inspector(UUID officer) {
        return TestTokens.asSubject("inspector-" + officer, Roles.INSPECTOR, "officer_id", officer.toString())
                .contentType(ContentType.JSON);
    }

    static Response record(Started started, String body) {
        return inspector(started.member()).body(body).post(findings(started.id()));
    }

    static JsonPath event(List<ConsumerRecord<String, String>> records, UUID finding) {
        return records.stream()
                .map(r -> new JsonPath(r.value()))
                .filter(json -> finding.toString().equals(json.getString("findingId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No FindingRecorded for " + finding));
    }
}
