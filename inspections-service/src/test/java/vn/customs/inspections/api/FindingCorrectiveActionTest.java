package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.api.FindingAccountabilityTest.Started;
import vn.customs.inspections.application.WatchCorrectiveActions;
import vn.customs.inspections.domain.finding.CorrectiveAction;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.inspections.domain.finding.FindingRepository;
import vn.customs.inspections.domain.inspection.InspectionFindings;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.staffing.UnitHeads;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestTokens;

/**
 * Corrective actions through the API on the real PostgreSQL and broker: ordered on a CORRECTIVE finding, started and
 * completed by their owner, verified by a lead who is not the owner, each step with If-Match; past its due date an
 * action is announced overdue exactly once.
 */
@QuarkusTest
class FindingCorrectiveActionTest {

    static final String OVERDUE = "customs.inspections.CorrectiveActionOverdue.v1";

    @Inject
    InspectionRepository inspections;

    @Inject
    FindingRepository findings;

    @Inject
    UnitHeads heads;

    @Inject
    WatchCorrectiveActions watch;

    @Inject
    InspectionFindings inspectionFindings;

    @Test
    void anActionRunsFromOpenToVerifiedWithItsOwnerAndALead() {
        Started started = world().started(InspectionType.THEMATIC, FindingAccountabilityTest.uniqueGate());
        var head = headOf(started);
        UUID finding = recorded(started, "CORRECTIVE");
        UUID owner = UUID.randomUUID();
        String due = LocalDate.now().plusDays(30).toString();

        Response ordered = FindingAccountabilityTest.inspector(started.member())
                .body(action(owner, due))
                .post("/api/v1/findings/" + finding + "/corrective-actions");
        ordered.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("OPEN"))
                .body("ownerOfficerId", equalTo(owner.toString()))
                .body("dueDate", equalTo(due));
        UUID action = UUID.fromString(ordered.jsonPath().getString("id"));
        assertThat(ordered.header("Location"), endsWith("/api/v1/corrective-actions/" + action));
        TestTokens.as(Roles.AUDITOR)
                .get("/api/v1/findings/" + finding)
                .then()
                .statusCode(200)
                .body("correctiveActions.id", hasItem(action.toString()));
        InspectionsWorld.unitHead(head)
                .get(FindingAccountabilityTest.findings(started.id()))
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].correctiveActions[0].id", equalTo(action.toString()))
                .body("items[0].correctiveActions[0].status", equalTo("OPEN"));
        assertThat(counts(started.id()), equalTo(List.of(1L, 1L)));

        officer(UUID.randomUUID())
                .header("If-Match", "\"0\"")
                .post(path(action, "start"))
                .then()
                .statusCode(403)
                .body("type", endsWith("not-the-owner"));
        officer(owner).post(path(action, "start")).then().statusCode(428);
        officer(owner)
                .header("If-Match", "\"7\"")
                .post(path(action, "start"))
                .then()
                .statusCode(412);
        officer(owner)
                .header("If-Match", etag(owner, action))
                .post(path(action, "start"))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("IN_PROGRESS"));
        officer(owner)
                .header("If-Match", etag(owner, action))
                .post(path(action, "verification"))
                .then()
                .statusCode(403);
        officer(owner)
                .header("If-Match", etag(owner, action))
                .post(path(action, "completion"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("completedLate", is(false));
        officer(owner)
                .header("If-Match", etag(owner, action))
                .post(path(action, "completion"))
                .then()
                .statusCode(409);
        // a lead who owns the action does not verify it
        TestTokens.as(Roles.INSPECTION_LEAD, "officer_id", owner.toString())
                .header("If-Match", etag(owner, action))
                .post(path(action, "verification"))
                .then()
                .statusCode(403)
                .body("type", endsWith("owner-cannot-verify"));
        FindingAccountabilityTest.inspector(started.member())
                .header("If-Match", etag(owner, action))
                .post(path(action, "verification"))
                .then()
                .statusCode(403);
        InspectionsWorld.lead()
                .header("If-Match", etag(owner, action))
                .post(path(action, "verification"))
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"));
        assertThat(counts(started.id()), equalTo(List.of(1L, 0L)));
    }

    @Test
    void onlyACorrectiveFindingOrdersActionsAndOnlyTheTeamOrdersThem() {
        Started started = world().started(InspectionType.THEMATIC, FindingAccountabilityTest.uniqueGate());
        UUID reminder = recorded(started, "REMINDER");
        UUID corrective = recorded(started, "CORRECTIVE");
        String due = LocalDate.now().plusDays(10).toString();

        InspectionsWorld.lead()
                .body(action(UUID.randomUUID(), due))
                .post("/api/v1/findings/" + reminder + "/corrective-actions")
                .then()
                .statusCode(422)
                .body("type", endsWith("actions-need-corrective"));
        FindingAccountabilityTest.inspector(UUID.randomUUID())
                .body(action(UUID.randomUUID(), due))
                .post("/api/v1/findings/" + corrective + "/corrective-actions")
                .then()
                .statusCode(403)
                .body("type", endsWith("not-on-team"));
        InspectionsWorld.lead()
                .body(action(UUID.randomUUID(), LocalDate.now().minusDays(3).toString()))
                .post("/api/v1/findings/" + corrective + "/corrective-actions")
                .then()
                .statusCode(422)
                .body("type", endsWith("due-date-past"));
        InspectionsWorld.lead()
                .body("{\"description\":\"\",\"ownerOfficerId\":\"" + UUID.randomUUID() + "\",\"dueDate\":\"" + due
                        + "\"}")
                .post("/api/v1/findings/" + corrective + "/corrective-actions")
                .then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/description"));
        InspectionsWorld.lead()
                .body(action(UUID.randomUUID(), due))
                .post("/api/v1/findings/" + UUID.randomUUID() + "/corrective-actions")
                .then()
                .statusCode(404);
    }

    @Test
    void anActionPastItsDueDateIsAnnouncedOverdueOnceAndCanStillBeDoneLate() {
        Started started = world().started(InspectionType.THEMATIC, FindingAccountabilityTest.uniqueGate());
        var head = headOf(started);
        UUID finding = recorded(started, "CORRECTIVE");
        UUID owner = UUID.randomUUID();
        LocalDate due = LocalDate.now().minusDays(5);
        UUID action = UUID.randomUUID();
        // ordered back then, due five days ago: the API refuses a due date in the past
        QuarkusTransaction.requiringNew().run(() -> {
            Finding found = findings.find(finding).orElseThrow();
            CorrectiveAction ordered = found.orderAction(
                    action,
                    "Replace the worn uniforms of the night shift.",
                    new OfficerId(owner),
                    due,
                    due.minusDays(30),
                    Instant.now());
            findings.add(ordered);
        });

        assertThat(watch.round(), greaterThanOrEqualTo(1));
        watch.round();

        List<ConsumerRecord<String, String>> overdue = await().atMost(InspectionsWorld.WAIT)
                .until(() -> overdueOf(started.id(), action), records -> !records.isEmpty());
        assertThat(overdueOf(started.id(), action), hasSize(1));
        JsonPath event = new JsonPath(overdue.get(0).value());
        assertThat(event.getString("findingId"), equalTo(finding.toString()));
        assertThat(event.getString("ownerOfficerId"), equalTo(owner.toString()));
        assertThat(event.getString("dueDate"), equalTo(due.toString()));

        InspectionsWorld.unitHead(head)
                .get("/api/v1/corrective-actions?status=OVERDUE&unit=" + event.getString("unitCode"))
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(action.toString()))
                .body(
                        "items[0].overdueOn",
                        equalTo(LocalDate.now(vn.customs.platform.time.Today.DEPARTMENT_ZONE)
                                .toString()));
        InspectionsWorld.unitHead(head)
                .get("/api/v1/corrective-actions?unit=" + event.getString("unitCode"))
                .then()
                .statusCode(200)
                .body("items.id", hasItem(action.toString()));
        InspectionsWorld.unitHead(head)
                .get("/api/v1/corrective-actions?status=LATE")
                .then()
                .statusCode(400);
        TestTokens.as(Roles.DASHBOARD).get("/api/v1/corrective-actions").then().statusCode(403);

        officer(owner)
                .header("If-Match", etag(owner, action))
                .post(path(action, "start"))
                .then()
                .statusCode(409);
        officer(owner)
                .header("If-Match", etag(owner, action))
                .post(path(action, "completion"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("completedLate", is(true));
        InspectionsWorld.unitHead(head)
                .get("/api/v1/corrective-actions?unit=" + event.getString("unitCode"))
                .then()
                .body("items.id", not(hasItem(action.toString())));
        assertThat(watch.round(), greaterThanOrEqualTo(0));
        assertThat(overdueOf(started.id(), action), hasSize(1));
    }

    @Test
    void theInspectionCountsItsFindingsAndClosesOnlyWhenEveryActionIsVerified() {
        Started started = world().started(InspectionType.THEMATIC, FindingAccountabilityTest.uniqueGate());
        UUID finding = recorded(started, "CORRECTIVE");
        recorded(started, "REMINDER");
        UUID owner = UUID.randomUUID();
        String action = InspectionsWorld.lead()
                .body(action(owner, LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/findings/" + finding + "/corrective-actions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");

        InspectionsWorld.act(started.id(), "fieldwork-end", null).then().statusCode(200);
        InspectionsWorld.act(started.id(), "conclusion", "{\"conclusion\":\"Badges missing at counter 2.\"}")
                .then()
                .statusCode(200);
        JsonPath concluded = new JsonPath(await().atMost(InspectionsWorld.WAIT)
                .until(
                        () -> InspectionsWorld.events(started.id(), "customs.inspections.InspectionConcluded.v1"),
                        records -> records.size() == 1)
                .get(0)
                .value());
        assertThat(concluded.getInt("findings"), is(2));
        // after the conclusion no finding is recorded any more
        FindingAccountabilityTest.record(
                        started, FindingAccountabilityTest.finding("UNIFORM", "REMINDER", null, "2026-03-10"))
                .then()
                .statusCode(409)
                .body("detail", containsString("CONCLUDED"));
        InspectionsWorld.act(started.id(), "follow-up", null).then().statusCode(200);
        InspectionsWorld.act(started.id(), "closure", null)
                .then()
                .statusCode(422)
                .body("type", endsWith("actions-unsettled"));

        UUID actionId = UUID.fromString(action);
        officer(owner).header("If-Match", etag(owner, actionId)).post(path(actionId, "start"));
        officer(owner).header("If-Match", etag(owner, actionId)).post(path(actionId, "completion"));
        InspectionsWorld.lead()
                .header("If-Match", etag(owner, actionId))
                .post(path(actionId, "verification"))
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"));
        InspectionsWorld.act(started.id(), "closure", null).then().statusCode(200);
        InspectionsWorld.lead()
                .body(action(owner, LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/findings/" + finding + "/corrective-actions")
                .then()
                .statusCode(409)
                .body("detail", containsString("CLOSED"));
    }

    @Test
    void anOfficerReadsOnlyTheActionsHeOwns() {
        Started started = world().started(InspectionType.THEMATIC, FindingAccountabilityTest.uniqueGate());
        UUID finding = recorded(started, "CORRECTIVE");
        UUID owner = UUID.randomUUID();
        String id = InspectionsWorld.lead()
                .body(action(owner, LocalDate.now().plusDays(3).toString()))
                .post("/api/v1/findings/" + finding + "/corrective-actions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        officer(owner).get("/api/v1/corrective-actions/" + id).then().statusCode(200);
        officer(UUID.randomUUID())
                .get("/api/v1/corrective-actions/" + id)
                .then()
                .statusCode(404);
        officer(owner).get("/api/v1/findings/" + finding).then().statusCode(403);
    }

    // the world of these tests

    private FindingAccountabilityTest world() {
        FindingAccountabilityTest world = new FindingAccountabilityTest();
        world.inspections = inspections;
        world.heads = heads;
        return world;
    }

    private List<Long> counts(UUID inspection) {
        return QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        (long) inspectionFindings.countOf(inspection),
                        inspectionFindings.unsettledActionsOf(inspection)));
    }

    static UUID recorded(Started started, String severity) {
        return UUID.fromString(FindingAccountabilityTest.record(
                        started, FindingAccountabilityTest.finding("UNIFORM", severity, null, "2026-03-10"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id"));
    }

    static String action(UUID owner, String due) {
        return """
                {"description":"Issue name badges to every officer on shift.","ownerOfficerId":"%s","dueDate":"%s"}
                """.formatted(owner, due);
    }

    static RequestSpecification officer(UUID officer) {
        return TestTokens.asSubject("officer-" + officer, Roles.OFFICER, "officer_id", officer.toString())
                .contentType(ContentType.JSON);
    }

    static String path(UUID action, String step) {
        return "/api/v1/corrective-actions/" + action + "/" + step;
    }

    static String etag(UUID owner, UUID action) {
        return officer(owner)
                .get("/api/v1/corrective-actions/" + action)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    static List<ConsumerRecord<String, String>> overdueOf(UUID inspection, UUID action) {
        return InspectionsWorld.events(inspection, OVERDUE).stream()
                .filter(r -> action.toString().equals(new JsonPath(r.value()).getString("actionId")))
                .toList();
    }

    /** The inspected unit's head, named by staffing: a unit head reads his own unit's findings and actions only. */
    private static UUID headOf(Started started) {
        String unit = InspectionsWorld.lead()
                .get(InspectionsWorld.PATH + "/" + started.id())
                .then()
                .extract()
                .path("unitCode");
        UUID head = UUID.randomUUID();
        InspectionsWorld.headOf(unit, head);
        InspectionsWorld.awaitHeadSees(head, started.id());
        return head;
    }
}
