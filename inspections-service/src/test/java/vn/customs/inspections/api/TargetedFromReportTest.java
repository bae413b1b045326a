package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.customs.inspections.api.InspectionsWorld.PATH;
import static vn.customs.inspections.api.InspectionsWorld.act;
import static vn.customs.inspections.api.InspectionsWorld.events;
import static vn.customs.inspections.api.InspectionsWorld.lead;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TopicWriter;

/**
 * Hotline's TargetedInspectionRequested, as a real record on the hotline's topic, proposes one TARGETED inspection
 * (DRAFT) about the report's unit and officers; its conclusion goes back with the report's id.
 */
@QuarkusTest
class TargetedFromReportTest {

    @Test
    void aRequestOnTheTopicProposesOneTargetedInspectionWhoseConclusionNamesTheReport() {
        String gate = InspectionsWorld.openGate();
        UUID report = UUID.randomUUID();
        UUID accused = UUID.randomUUID();
        String payload = "{\"reportId\":\"" + report + "\",\"unitCode\":\"" + gate + "\",\"officerIds\":[\"" + accused
                + "\"],\"reason\":\"3 reports accepted about the officer within 12 months\","
                + "\"occurredAt\":\"2026-11-20T03:00:00Z\"}";
        String type = "customs.hotline.TargetedInspectionRequested.v1";
        String eventId = UUID.randomUUID().toString();
        TopicWriter.send(
                InspectionsWorld.bootstrap(), InspectionsWorld.HOTLINE, report.toString(), eventId, type, payload);
        TopicWriter.send(
                InspectionsWorld.bootstrap(), InspectionsWorld.HOTLINE, report.toString(), eventId, type, payload);
        TopicWriter.send(InspectionsWorld.bootstrap(), InspectionsWorld.HOTLINE, report.toString(), type, payload);

        JsonPath proposed = await().atMost(InspectionsWorld.WAIT)
                .until(
                        () -> lead().get(PATH + "?unit=" + gate)
                                .then()
                                .extract()
                                .jsonPath(),
                        page -> page.getList("items").size() == 1);
        assertThat(proposed.getString("items[0].type"), equalTo("TARGETED"));
        assertThat(proposed.getString("items[0].status"), equalTo("DRAFT"));
        assertThat(proposed.getString("items[0].basis"), equalTo("REPORT"));
        assertThat(proposed.getString("items[0].basisReference"), equalTo(report.toString()));
        assertThat(proposed.getList("items[0].targetOfficerIds"), equalTo(List.of(accused.toString())));
        // the same request sent again (redelivered, or re-sent under a new event id) proposes nothing more
        String marker = InspectionsWorld.openGate();
        TopicWriter.send(
                InspectionsWorld.bootstrap(),
                InspectionsWorld.HOTLINE,
                report.toString(),
                type,
                payload.replace(report.toString(), UUID.randomUUID().toString()).replace(gate, marker));
        await().atMost(InspectionsWorld.WAIT)
                .until(() -> lead().get(PATH + "?unit=" + marker)
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("items")
                                .size()
                        == 1);
        assertThat(
                lead().get(PATH + "?unit=" + gate)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items")
                        .size(),
                equalTo(1));

        UUID inspection = UUID.fromString(proposed.getString("items[0].id"));
        InspectionsWorld.awaitStep(
                inspection, "team", InspectionsWorld.team(InspectionsWorld.inspector(), InspectionsWorld.inspector()));
        act(inspection, "decision", "{\"decisionNumber\":\"QD-77/2026\"}")
                .then()
                .statusCode(200);
        act(inspection, "start", null).then().statusCode(200);
        act(inspection, "fieldwork-end", null).then().statusCode(200);
        act(inspection, "conclusion", "{\"conclusion\":\"The request for money is confirmed by two drivers.\"}")
                .then()
                .statusCode(200);
        JsonPath concluded = new JsonPath(await().atMost(InspectionsWorld.WAIT)
                .until(() -> events(inspection, "customs.inspections.InspectionConcluded.v1"), r -> r.size() == 1)
                .get(0)
                .value());
        assertThat(concluded.getString("requestedByReportId"), equalTo(report.toString()));
        assertThat(concluded.getString("type"), equalTo("TARGETED"));
    }
}
