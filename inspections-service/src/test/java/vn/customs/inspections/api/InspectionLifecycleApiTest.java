package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.customs.inspections.api.InspectionsWorld.PATH;
import static vn.customs.inspections.api.InspectionsWorld.act;
import static vn.customs.inspections.api.InspectionsWorld.decided;
import static vn.customs.inspections.api.InspectionsWorld.events;
import static vn.customs.inspections.api.InspectionsWorld.lead;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An announced inspection from its decision to its closing, through the API, with its events on the broker. */
@QuarkusTest
class InspectionLifecycleApiTest {

    @Test
    void aThematicInspectionRunsFromDecisionToClosingAndPublishesItsStartAndConclusion() {
        String gate = InspectionsWorld.openGate();
        UUID inspection = decided("THEMATIC", "DIRECTIVE", "CT-07/2026", gate);
        lead().get(PATH + "/" + inspection).then().statusCode(200).body("status", equalTo("DECIDED"));

        act(inspection, "start", null).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        JsonPath started = new JsonPath(await().atMost(InspectionsWorld.WAIT)
                .until(() -> events(inspection, "customs.inspections.InspectionStarted.v1"), r -> r.size() == 1)
                .get(0)
                .value());
        assertThat(started.getString("unitCode"), equalTo(gate));
        assertThat(started.getString("type"), equalTo("THEMATIC"));
        assertThat(started.getString("basisReference"), equalTo("CT-07/2026"));

        act(inspection, "extension", "{\"days\":2,\"reason\":\"Night shift records are kept on site\"}")
                .then()
                .statusCode(200)
                .body("extensionDays", equalTo(2))
                .body("lastFieldworkDay", notNullValue());
        act(inspection, "extension", "{\"days\":1,\"reason\":\"Again\"}")
                .then()
                .statusCode(422)
                .body("type", endsWith("already-extended"));
        act(inspection, "fieldwork-end", null).then().statusCode(200).body("status", equalTo("FIELDWORK_ENDED"));
        act(inspection, "conclusion", "{\"conclusion\":\"Badges worn, uniforms correct; no finding.\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONCLUDED"));
        JsonPath concluded = new JsonPath(await().atMost(InspectionsWorld.WAIT)
                .until(() -> events(inspection, "customs.inspections.InspectionConcluded.v1"), r -> r.size() == 1)
                .get(0)
                .value());
        assertThat(concluded.getList("unitCodes"), equalTo(java.util.List.of(gate)));
        assertThat(concluded.getString("requestedByReportId"), nullValue());
        act(inspection, "closure", null).then().statusCode(200).body("status", equalTo("CLOSED"));
        assertThat(events(inspection, null), hasSize(2));
    }

    @Test
    void aStepOutOfOrderIsAConflictNamingTheStateAndAStaleETagIsRefused() {
        String gate = InspectionsWorld.openGate();
        UUID inspection = InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-08/2026", gate);
        act(inspection, "start", null).then().statusCode(409).body("detail", containsString("DRAFT"));
        act(inspection, "decision", "{\"decisionNumber\":\"QD-1\"}")
                .then()
                .statusCode(422)
                .body("type", endsWith("team-required"));
        lead().header("If-Match", "\"0\"")
                .body("{\"plannedStart\":\"2026-12-20\",\"durationDays\":3}")
                .put(PATH + "/" + inspection + "/schedule")
                .then()
                .statusCode(200);
        lead().header("If-Match", "\"0\"")
                .body("{\"plannedStart\":\"2026-12-21\",\"durationDays\":3}")
                .put(PATH + "/" + inspection + "/schedule")
                .then()
                .statusCode(412);
        lead().get(PATH + "/" + inspection).then().body("plannedStart", equalTo("2026-12-20"));
    }

    @Test
    void aTeamWithAConflictedOfficerIsRefusedNamingHimAndHisReasons() {
        String gate = InspectionsWorld.openGate();
        UUID inspection = InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-11/2026", gate);
        UUID lead = InspectionsWorld.inspector();
        UUID postedThere = UUID.randomUUID();
        InspectionsWorld.post(postedThere, gate, "CLEARANCE", "2025-02-01");
        UUID neverPosted = UUID.randomUUID();
        InspectionsWorld.awaitStep(inspection, "team", InspectionsWorld.team(lead, null)); // the lead is known now
        await().atMost(InspectionsWorld.WAIT)
                .untilAsserted(() -> act(inspection, "team", InspectionsWorld.team(lead, postedThere, neverPosted))
                        .then()
                        .statusCode(422)
                        .body("type", endsWith("team-conflict"))
                        .body("detail", containsString(postedThere.toString()))
                        .body("detail", containsString(gate)));
        lead().get(PATH + "/" + inspection)
                .then()
                .body("team.leadOfficerId", equalTo(lead.toString()))
                .body("team.deputyOfficerId", nullValue());
    }

    @Test
    void aBasisMustFitTheTypeAndNameItsSourceAndTheUnitMustBeOpen() {
        String gate = InspectionsWorld.openGate();
        InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-12/2026", gate); // the gate is known from here on
        lead().body(InspectionsWorld.proposal("THEMATIC", "DIRECTIVE", "CT-12/2026", "NEVER_OPENED"))
                .post(PATH)
                .then()
                .statusCode(422)
                .body("type", endsWith("unknown-unit"));
        lead().body(InspectionsWorld.proposal(
                        "SURPRISE", "PLAN", UUID.randomUUID().toString(), gate))
                .post(PATH)
                .then()
                .statusCode(422)
                .body("type", endsWith("basis-does-not-fit"));
        lead().body(InspectionsWorld.proposal("THEMATIC", "DIRECTIVE", "", gate))
                .post(PATH)
                .then()
                .statusCode(400);
    }
}
