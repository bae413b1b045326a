package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.customs.inspections.api.InspectionsWorld.PATH;
import static vn.customs.inspections.api.InspectionsWorld.act;
import static vn.customs.inspections.api.InspectionsWorld.as;
import static vn.customs.inspections.api.InspectionsWorld.decided;
import static vn.customs.inspections.api.InspectionsWorld.events;
import static vn.customs.inspections.api.InspectionsWorld.lead;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;

/**
 * A surprise inspection is sealed until it starts: for an inspector who is not a lead, the inspected unit's own head, a
 * dashboard and an auditor it does not exist anywhere — one inspection, the list, the audit trail, the change feed,
 * the topic — and the 404 is the one an unknown id gets. It appears everywhere once it starts.
 */
@QuarkusTest
class SealTest {

    static final List<String> OUTSIDERS = List.of(Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.DASHBOARD, Roles.AUDITOR);

    @Test
    void aSealedInspectionLeavesNoTraceForOutsidersUntilItStartsAndThenAppearsEverywhere() {
        String gate = InspectionsWorld.openGate();
        // the inspected unit's own head, who reads the gate's announced inspections
        UUID head = InspectionsWorld.headOf(gate);
        UUID announced = InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-09/2026", gate);
        InspectionsWorld.awaitHeadSees(head, announced);
        UUID sealed = decided("SURPRISE", "DIRECTIVE", "CT-09/2026", gate);
        lead().get(PATH + "/" + sealed).then().statusCode(200).body("sealed", equalTo(true));
        lead().get(PATH + "?unit=" + gate).then().body("items.id", hasItems(sealed.toString(), announced.toString()));

        assertNoTrace(sealed, gate, head);

        act(sealed, "start", null).then().statusCode(200).body("sealed", equalTo(false));
        for (String role : OUTSIDERS) {
            reader(role, head).get(PATH + "/" + sealed).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
            reader(role, head)
                    .get(PATH + "?unit=" + gate)
                    .then()
                    .body("items.id", hasItems(sealed.toString(), announced.toString()));
        }
        List<String> published =
                await().atMost(InspectionsWorld.WAIT).until(() -> events(sealed, null), r -> !r.isEmpty()).stream()
                        .map(r -> InspectionsWorld.header(r, "ce_type"))
                        .toList();
        assertThat(
                "the start is the first event about it",
                published,
                equalTo(List.of("customs.inspections.InspectionStarted.v1")));
        List<String> actions = await().atMost(InspectionsWorld.WAIT)
                .until(() -> auditedActions(sealed), a -> a.contains("start-inspection"));
        assertThat(
                "the withheld entries joined the chain, in order",
                actions,
                equalTo(List.of("propose-inspection", "assign-team", "decide-inspection", "start-inspection")));
        assertThat(
                TestTokens.as(Roles.AUDITOR)
                        .get("/api/v1/audit-entries/verification")
                        .then()
                        .extract()
                        .jsonPath()
                        .getBoolean("valid"),
                equalTo(true));
    }

    @Test
    void openingTheSealEarlyIsAnAuditedDecisionWithItsReasonAndPublishesNothing() {
        String gate = InspectionsWorld.openGate();
        UUID inspection = decided("SURPRISE", "DIRECTIVE", "CT-10/2026", gate);
        as(Roles.INSPECTOR).get(PATH + "/" + inspection).then().statusCode(404);
        as(Roles.INSPECTOR)
                .body("{\"reason\":\"No\"}")
                .header("If-Match", "\"1\"")
                .post(PATH + "/" + inspection + "/seal-opening")
                .then()
                .statusCode(403); // the step is a lead's, whatever the id: this says nothing about the inspection

        act(inspection, "seal-opening", "{\"reason\":\"The steering committee joins and must be told\"}")
                .then()
                .statusCode(200)
                .body("sealed", equalTo(false))
                .body("sealOpenedReason", equalTo("The steering committee joins and must be told"));
        as(Roles.INSPECTOR).get(PATH + "/" + inspection).then().statusCode(200).body("status", equalTo("DECIDED"));
        assertThat(
                await().atMost(InspectionsWorld.WAIT)
                        .until(() -> auditedActions(inspection), a -> a.contains("open-seal-early")),
                hasItems("propose-inspection", "decide-inspection", "open-seal-early"));
        assertThat("nothing is published before the start", events(inspection, null), equalTo(List.of()));
        act(inspection, "seal-opening", "{\"reason\":\"Again\"}")
                .then()
                .statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("not-sealed"));
    }

    private static void assertNoTrace(UUID sealed, String gate, UUID head) {
        UUID unknown = UUID.randomUUID();
        for (String role : OUTSIDERS) {
            Response answer = reader(role, head).get(PATH + "/" + sealed);
            Response stranger = reader(role, head).get(PATH + "/" + unknown);
            answer.then().statusCode(404);
            stranger.then().statusCode(404);
            assertThat(role, sameProblem(answer, sealed), equalTo(sameProblem(stranger, unknown)));
            reader(role, head)
                    .get(PATH + "?unit=" + gate)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(sealed.toString())))
                    .body("items.size()", equalTo(1));
            reader(role, head)
                    .get(PATH + "?type=SURPRISE&limit=200")
                    .then()
                    .body(not(containsString(sealed.toString())));
        }
        // the audit chain: sealed and verified, without a word about it
        await().atMost(InspectionsWorld.WAIT)
                .until(() -> TestTokens.as(Roles.AUDITOR)
                                .get("/api/v1/audit-entries/verification")
                                .then()
                                .extract()
                                .jsonPath()
                                .getInt("unsealedEntries")
                        == 0);
        assertThat(auditedActions(sealed), equalTo(List.of()));
        assertThat(allPages("/api/v1/audit-entries?limit=200", Roles.AUDITOR), not(containsString(sealed.toString())));
        assertThat(allPages("/api/v1/events?limit=200", Roles.AUDITOR), not(containsString(sealed.toString())));
        assertThat(
                TopicReader.readAll(InspectionsWorld.bootstrap(), InspectionsWorld.INSPECTIONS).stream()
                        .filter(r ->
                                sealed.toString().equals(r.key()) || r.value().contains(sealed.toString()))
                        .toList(),
                equalTo(List.of()));
    }

    /** A reader of the role; the UNIT_HEAD is the inspected unit's own head. */
    private static io.restassured.specification.RequestSpecification reader(String role, UUID head) {
        return Roles.UNIT_HEAD.equals(role) ? InspectionsWorld.unitHead(head) : as(role);
    }

    /** The problem's fields with the id taken out: what tells a sealed inspection from an unknown one, if anything. */
    private static String sameProblem(Response answer, UUID id) {
        JsonPath problem = answer.jsonPath();
        return answer.contentType() + "|" + problem.getString("type") + "|" + problem.getString("title") + "|"
                + problem.getString("status") + "|"
                + problem.getString("detail").replace(id.toString(), "<id>");
    }

    private static List<String> auditedActions(UUID inspection) {
        List<String> actions = new ArrayList<>();
        String next = "/api/v1/audit-entries?limit=200";
        while (next != null) {
            JsonPath page = TestTokens.as(Roles.AUDITOR)
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<java.util.Map<String, Object>> items = page.getList("items");
            items.stream()
                    .filter(e -> inspection.toString().equals(e.get("objectId")))
                    .forEach(e -> actions.add((String) e.get("action")));
            next = items.isEmpty() ? null : page.getString("next");
        }
        return actions;
    }

    private static String allPages(String first, String role) {
        StringBuilder all = new StringBuilder();
        String next = first;
        while (next != null) {
            Response page = TestTokens.as(role).get(next);
            page.then().statusCode(200);
            all.append(page.asString());
            next = page.jsonPath().getList("items").isEmpty()
                    ? null
                    : page.jsonPath().getString("next");
        }
        return all.toString();
    }
}
