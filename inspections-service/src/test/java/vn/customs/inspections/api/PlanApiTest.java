package vn.customs.inspections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.inspection.InspectionStatus;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;

/**
 * The plan of thematic inspections through HTTP on the real PostgreSQL: drafting, entries while a draft, four eyes,
 * the approval proposing one THEMATIC inspection per entry in one transaction, and nothing changing afterwards.
 */
@QuarkusTest
class PlanApiTest {

    static final String PLANS = "/api/v1/inspection-plans";

    @Inject
    InspectionRepository inspections;

    @Inject
    EntityManager entityManager;

    private final String drafter = "lead-a-" + TestRun.id() + "-" + UUID.randomUUID();
    private final String approver = "lead-b-" + TestRun.id() + "-" + UUID.randomUUID();

    @Test
    void aLeadDraftsAQuarterlyPlanThatEveryReaderOfInspectionsReads() {
        Response created = draft(drafter, quarterPlan());
        created.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("period", equalTo("2026-Q1"))
                .body("firstDay", equalTo("2026-01-01"))
                .body("lastDay", equalTo("2026-03-31"))
                .body("draftedBy", equalTo(drafter))
                .body("approvedBy", nullValue())
                .body("entries", hasSize(3))
                // by planned start
                .body("entries.unitCode", contains("CHI_MA", "HUU_NGHI", "TAN_THANH"))
                .body("entries.inspectionId", contains(nullValue(), nullValue(), nullValue()));
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location"), endsWith(PLANS + "/" + id));

        for (String role :
                List.of(Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD)) {
            TestTokens.as(role)
                    .get(PLANS + "/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("title", equalTo("Thematic inspections of the gate forces, Q1"))
                    .body("entries[0].theme", equalTo("OTHER"))
                    .body("entries[0].scope", equalTo("Queue management at the passenger hall in the Tet peak"));
        }
        TestTokens.as(Roles.INSPECTOR)
                .contentType(ContentType.JSON)
                .body(quarterPlan())
                .post(PLANS)
                .then()
                .statusCode(403);
        TestTokens.as(Roles.DECLARANT, "tax_id", "0101234567")
                .get(PLANS + "/" + id)
                .then()
                .statusCode(403);
        given().get(PLANS + "/" + id).then().statusCode(401);
    }

    @Test
    void entriesAreAddedAndRemovedWhileTheDraftIsAtTheVersionRead() {
        String id = draft(drafter, quarterPlan()).jsonPath().getString("id");
        String entry = """
                {"unitCode":"MONG_CAI","theme":"DELAY","plannedStart":"2026-03-16","durationDays":10}""";

        lead(drafter).body(entry).post(PLANS + "/" + id + "/entries").then().statusCode(428);
        lead(drafter)
                .header("If-Match", "\"7\"")
                .body(entry)
                .post(PLANS + "/" + id + "/entries")
                .then()
                .statusCode(412);
        Response added = lead(approver).header("If-Match", "\"0\"").body(entry).post(PLANS + "/" + id + "/entries");
        added.then()
                .statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("entries", hasSize(4))
                .body("entries.unitCode", hasItem("MONG_CAI"));
        String entryId = added.jsonPath().getString("entries.find { it.unitCode == 'MONG_CAI' }.id");
        assertThat(added.header("Location"), endsWith(PLANS + "/" + id + "/entries/" + entryId));

        lead(drafter)
                .header("If-Match", "\"1\"")
                .body("""
                        {"unitCode":"MONG_CAI","theme":"DELAY","plannedStart":"2026-04-01","durationDays":10}""")
                .post(PLANS + "/" + id + "/entries")
                .then()
                .statusCode(422)
                .body("type", endsWith("/start-outside-period"));

        lead(drafter)
                .header("If-Match", "\"0\"")
                .delete(PLANS + "/" + id + "/entries/" + entryId)
                .then()
                .statusCode(412);
        lead(drafter)
                .header("If-Match", "\"1\"")
                .delete(PLANS + "/" + id + "/entries/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        lead(drafter)
                .header("If-Match", "\"1\"")
                .delete(PLANS + "/" + id + "/entries/" + entryId)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("entries", hasSize(3))
                .body("entries.unitCode", contains("CHI_MA", "HUU_NGHI", "TAN_THANH"));

        assertThat(
                actions(UUID.fromString(id)),
                containsInAnyOrder("draft-inspection-plan", "add-plan-entry", "remove-plan-entry"));
    }

    @Test
    void aSecondLeadApprovesAndOneThematicInspectionPerEntryIsProposed() {
        Response created = draft(drafter, quarterPlan());
        String id = created.jsonPath().getString("id");
        List<String> entryIds = created.jsonPath().getList("entries.id");

        approve(drafter, id, "\"0\"").then().statusCode(422).body("type", endsWith("/four-eyes"));
        approve(approver, id, null).then().statusCode(428);
        approve(approver, id, "\"3\"").then().statusCode(412);

        Response approved = approve(approver, id, "\"0\"");
        approved.then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(approver))
                .body("approvedAt", notNullValue())
                .body("entries.inspectionId", equalTo(entryIds));

        JsonPath plan = approved.jsonPath();
        for (int i = 0; i < 3; i++) {
            UUID inspectionId = UUID.fromString(plan.getString("entries[" + i + "].inspectionId"));
            Inspection inspection = QuarkusTransaction.requiringNew()
                    .call(() -> inspections.find(inspectionId).orElseThrow());
            assertThat(inspection.type(), equalTo(InspectionType.THEMATIC));
            assertThat(inspection.basis(), equalTo(Basis.PLAN));
            assertThat(inspection.basisReference(), equalTo(id));
            assertThat(inspection.status(), equalTo(InspectionStatus.DRAFT));
            assertThat(inspection.sealed(), is(false));
            assertThat(inspection.unitCode().value(), equalTo(plan.getString("entries[" + i + "].unitCode")));
            assertThat(
                    inspection.schedule().plannedStart().toString(),
                    equalTo(plan.getString("entries[" + i + "].plannedStart")));
            assertThat(inspection.schedule().durationDays(), equalTo(plan.getInt("entries[" + i + "].durationDays")));
        }
        Inspection other = QuarkusTransaction.requiringNew()
                .call(() -> inspections.find(UUID.fromString(entryIds.get(0))).orElseThrow());
        assertThat(other.scope(), equalTo("Queue management at the passenger hall in the Tet peak"));
        assertThat(
                QuarkusTransaction.requiringNew()
                        .call(() -> inspections
                                .find(UUID.fromString(entryIds.get(1)))
                                .orElseThrow())
                        .scope(),
                equalTo("Thematic inspection: uniforms and name badges of the officers at the gate."));
        assertThat(
                actions(UUID.fromString(id)), containsInAnyOrder("draft-inspection-plan", "approve-inspection-plan"));
        for (String entryId : entryIds) {
            assertThat(actions(UUID.fromString(entryId)), contains("propose-inspection"));
        }
    }

    @Test
    void anApprovedPlanDoesNotChange() {
        String id = draft(drafter, quarterPlan()).jsonPath().getString("id");
        String entryId =
                TestTokens.as(Roles.DASHBOARD).get(PLANS + "/" + id).jsonPath().getString("entries[0].id");
        approve(approver, id, "\"0\"").then().statusCode(200);

        lead(drafter)
                .header("If-Match", "\"1\"")
                .body("""
                        {"unitCode":"MONG_CAI","theme":"DELAY","plannedStart":"2026-03-16","durationDays":10}""")
                .post(PLANS + "/" + id + "/entries")
                .then()
                .statusCode(409)
                .body("type", endsWith("/illegal-transition"));
        lead(drafter)
                .header("If-Match", "\"1\"")
                .delete(PLANS + "/" + id + "/entries/" + entryId)
                .then()
                .statusCode(409);
        approve("lead-c-" + UUID.randomUUID(), id, "\"1\"").then().statusCode(409);

        TestTokens.as(Roles.AUDITOR)
                .get(PLANS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("entries", hasSize(3))
                .body("approvedBy", equalTo(approver));
        assertThat(proposedFor(id), equalTo(3L));
    }

    @Test
    void anEmptyPlanIsNotApproved() {
        String id = draft(drafter, """
                        {"year":2026,"title":"Yearly plan, entries to come"}""")
                .then()
                .statusCode(201)
                .body("period", equalTo("2026"))
                .body("quarter", nullValue())
                .body("lastDay", equalTo("2026-12-31"))
                .extract()
                .path("id");

        approve(approver, id, "\"0\"").then().statusCode(422).body("type", endsWith("/plan-empty"));
    }

    @Test
    void draftingIsIdempotent() {
        String key = UUID.randomUUID().toString();
        Response first =
                lead(drafter).header("Idempotency-Key", key).body(quarterPlan()).post(PLANS);
        Response again =
                lead(drafter).header("Idempotency-Key", key).body(quarterPlan()).post(PLANS);

        first.then().statusCode(201);
        again.then().statusCode(201).body("id", equalTo(first.jsonPath().getString("id")));
    }

    /**
     * With an Idempotency-Key the answer is built before the platform's transaction commits: the ETag it carries is
     * still the stored version, and a replay changes nothing.
     */
    @Test
    void entriesAndApprovalWithAnIdempotencyKeyAnswerTheStoredVersionOnce() {
        String id = draft(drafter, quarterPlan()).jsonPath().getString("id");
        String entry = """
                {"unitCode":"MONG_CAI","theme":"DELAY","plannedStart":"2026-03-16","durationDays":10}""";
        String addKey = UUID.randomUUID().toString();

        for (int i = 0; i < 2; i++) {
            lead(approver)
                    .header("Idempotency-Key", addKey)
                    .header("If-Match", "\"0\"")
                    .body(entry)
                    .post(PLANS + "/" + id + "/entries")
                    .then()
                    .statusCode(201)
                    .header("ETag", equalTo("\"1\""))
                    .body("entries", hasSize(4));
        }
        TestTokens.as(Roles.DASHBOARD)
                .get(PLANS + "/" + id)
                .then()
                .header("ETag", equalTo("\"1\""))
                .body("entries", hasSize(4));

        String approvalKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            TestTokens.asSubject(approver, Roles.INSPECTION_LEAD)
                    .header("Idempotency-Key", approvalKey)
                    .header("If-Match", "\"1\"")
                    .post(PLANS + "/" + id + "/approval")
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"2\""))
                    .body("status", equalTo("APPROVED"));
        }
        TestTokens.as(Roles.DASHBOARD).get(PLANS + "/" + id).then().header("ETag", equalTo("\"2\""));
        assertThat(proposedFor(id), equalTo(4L));
    }

    @Test
    void badPlansAreRefusedNamingTheField() {
        draft(drafter, """
                        {"year":2026,"quarter":5,"title":"Q5"}""").then().statusCode(400).body("errors.pointer", hasItem("/quarter"));
        draft(drafter, """
                        {"year":2026,"quarter":1}""").then().statusCode(400).body("errors.pointer", hasItem("/title"));
        draft(drafter, """
                        {"year":2026,"quarter":1,"title":"T","entries":[
                         {"unitCode":"HUU_NGHI","theme":"CONDUCT","plannedStart":"2026-02-02","durationDays":46}]}""").then().statusCode(400).body("errors.pointer", hasItem("/entries/0/durationDays"));
        draft(drafter, """
                        {"year":2026,"quarter":1,"title":"T","entries":[
                         {"unitCode":"HUU_NGHI","plannedStart":"2026-02-02","durationDays":4}]}""").then().statusCode(422).body("type", endsWith("/theme-or-scope"));
        draft(drafter, """
                        {"year":2026,"quarter":1,"title":"T","entries":[
                         {"unitCode":"HUU_NGHI","theme":"CONDUCT","plannedStart":"2026-06-02","durationDays":4}]}""").then().statusCode(422).body("type", endsWith("/start-outside-period"));
        TestTokens.as(Roles.DASHBOARD)
                .get(PLANS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void plansAreListedByYearAndStatus() {
        String id =
                draft(drafter, quarterPlan().replace("2026", "2031")).jsonPath().getString("id");
        approve(approver, id, "\"0\"").then().statusCode(200);
        String draftId =
                draft(drafter, quarterPlan().replace("2026", "2031")).jsonPath().getString("id");

        TestTokens.as(Roles.UNIT_HEAD)
                .queryParam("year", "2031")
                .queryParam("limit", "200")
                .get(PLANS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.id", hasItem(draftId));
        TestTokens.as(Roles.INSPECTOR)
                .queryParam("year", "2031")
                .queryParam("status", "APPROVED")
                .queryParam("limit", "200")
                .get(PLANS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.status.unique()", contains("APPROVED"));
        TestTokens.as(Roles.INSPECTOR)
                .queryParam("year", "1900")
                .get(PLANS)
                .then()
                .statusCode(400);
        TestTokens.as(Roles.INSPECTOR)
                .queryParam("status", "SEALED")
                .get(PLANS)
                .then()
                .statusCode(400);
    }

    private static String quarterPlan() {
        return """
                {"year":2026,"quarter":1,"title":"Thematic inspections of the gate forces, Q1",
                 "entries":[
                  {"unitCode":"HUU_NGHI","theme":"UNIFORM_AND_BADGE","plannedStart":"2026-02-02","durationDays":5},
                  {"unitCode":"TAN_THANH","theme":"CONDUCT","plannedStart":"2026-02-09","durationDays":5},
                  {"unitCode":"CHI_MA","theme":"OTHER","scope":"Queue management at the passenger hall in the Tet peak",
                   "plannedStart":"2026-01-19","durationDays":3}]}""";
    }

    private static RequestSpecification lead(String subject) {
        return TestTokens.asSubject(subject, Roles.INSPECTION_LEAD).contentType(ContentType.JSON);
    }

    private static Response draft(String subject, String body) {
        return lead(subject).body(body).post(PLANS);
    }

    private static Response approve(String subject, String id, String ifMatch) {
        RequestSpecification request = TestTokens.asSubject(subject, Roles.INSPECTION_LEAD);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post(PLANS + "/" + id + "/approval");
    }

    private long proposedFor(String planId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT COUNT(*) FROM inspections WHERE basis = 'PLAN'"
                                        + " AND basis_reference = :plan")
                                .setParameter("plan", planId)
                                .getSingleResult())
                        .longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> actions(UUID objectId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("SELECT action FROM platform_audit_entry WHERE object_id = :id ORDER BY id")
                        .setParameter("id", objectId.toString())
                        .getResultList());
    }
}
