package vn.customs.inspections.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.platform.security.Roles;

/**
 * The whole path of a surprise inspection chosen by a draw, through the public API only: the draw, a sealed
 * inspection of each drawn gate (refused for a gate it did not draw), their starts, the revelation, and anyone's
 * verification of the published draw — true as published, false once a weight is changed.
 */
@QuarkusTest
class DrawToInspectionsTest {

    @Test
    void aDrawnGateIsInspectedBySurpriseThenTheDrawIsRevealedAndVerifiedByAnyone() {
        List<String> gates = DrawWorld.openGates(4);
        Response made = DrawWorld.commit(2, gates);
        made.then().statusCode(201);
        String draw = made.path("id");
        List<String> drawn = made.path("drawnUnitCodes");
        String notDrawn =
                gates.stream().filter(g -> !drawn.contains(g)).findFirst().orElseThrow();

        InspectionsWorld.lead()
                .body(InspectionsWorld.proposal("SURPRISE", "RISK_DRAW", draw, notDrawn))
                .post(InspectionsWorld.PATH)
                .then()
                .statusCode(422)
                .body("type", endsWith("not-drawn"));
        for (String gate : drawn) {
            UUID inspection = InspectionsWorld.propose("SURPRISE", "RISK_DRAW", draw, gate);
            InspectionsWorld.awaitStep(
                    inspection,
                    "team",
                    InspectionsWorld.team(InspectionsWorld.inspector(), InspectionsWorld.inspector()));
            InspectionsWorld.act(inspection, "decision", "{\"decisionNumber\":\"QD-DRAW\"}")
                    .then()
                    .statusCode(200);
            InspectionsWorld.as(Roles.UNIT_HEAD)
                    .get(InspectionsWorld.PATH + "/" + inspection)
                    .then()
                    .statusCode(404);
            InspectionsWorld.act(inspection, "start", null).then().statusCode(200);
        }

        String etag =
                DrawWorld.lead().get("/api/v1/draws/" + draw).then().extract().header("ETag");
        DrawWorld.lead()
                .header("If-Match", etag)
                .post("/api/v1/draws/" + draw + "/revelation")
                .then()
                .statusCode(200);
        String published = given().get("/api/v1/draws/" + draw + "/published")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Response verified =
                given().contentType(ContentType.JSON).body(published).post("/api/v1/draw-verifications");
        verified.then().statusCode(200);
        assertThat(verified.path("commitmentMatches"), equalTo(true));
        assertThat(verified.path("drawMatches"), equalTo(true));

        String tampered = published.replaceFirst("\"weight\":([0-9.]+)", "\"weight\":1$1");
        assertThat("the weight was changed", tampered.equals(published), equalTo(false));
        assertThat(
                given().contentType(ContentType.JSON)
                        .body(tampered)
                        .post("/api/v1/draw-verifications")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("commitmentMatches"),
                equalTo(false));
        await().atMost(DrawWorld.WAIT)
                .until(() -> DrawWorld.events(DrawWorld.INSPECTIONS, draw, "customs.inspections.DrawRevealed.v1")
                                .size()
                        == 1);
    }
}
