package vn.customs.inspections.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.application.DrawQueries;
import vn.customs.platform.domain.UnitCode;
import vn.customs.testkit.TestTokens;

/**
 * A draw through the API and on the broker: made by a lead with only its commitment published, invisible to every
 * other role, revealed once the drawn inspections started, then public and verifiable by anyone.
 */
@QuarkusTest
class DrawApiTest {

    private static final List<String> OTHERS = List.of("INSPECTOR", "UNIT_HEAD", "DASHBOARD", "AUDITOR");

    @Inject
    EntityManager entityManager;

    @Inject
    DrawQueries queries;

    @Test
    void aDrawPublishesOnlyItsCommitmentAndIsHiddenFromEveryoneButLeads() {
        List<String> gates = DrawWorld.openGates(4);
        Response made = DrawWorld.commit(2, gates);
        made.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("SEALED"))
                .body("seed", nullValue())
                .body("size", equalTo(2))
                .body("candidates", hasSize(4))
                .body("drawnUnitCodes", hasSize(2))
                .body("formula.version", equalTo("2026-01-01"))
                .body("formula.coefficients.acceptedReport", equalTo(2.0f))
                .body("commitment", matchesPattern("[0-9a-f]{64}"));
        String id = made.path("id");
        assertThat(made.header("Location"), containsString("/api/v1/draws/" + id));

        List<ConsumerRecord<String, String>> committed = awaitEvent(id, "customs.inspections.DrawCommitted.v1");
        String published = DrawWorld.everything(committed.get(0));
        assertThat(published, containsString(made.path("commitment").toString()));
        for (String gate : gates) {
            assertThat("DrawCommitted names no unit", published, not(containsString(gate)));
        }
        JsonPath event = new JsonPath(committed.get(0).value());
        assertThat(event.getInt("candidates"), equalTo(4));
        assertThat(event.getInt("drawn"), equalTo(2));

        DrawWorld.lead().get("/api/v1/draws/" + id).then().statusCode(200).body("id", equalTo(id));
        String unknown = UUID.randomUUID().toString();
        for (String role : OTHERS) {
            Response seen = TestTokens.as(role).get("/api/v1/draws/" + id);
            Response never = TestTokens.as(role).get("/api/v1/draws/" + unknown);
            seen.then().statusCode(404).contentType("application/problem+json");
            assertThat(role, sameProblem(seen, id), equalTo(sameProblem(never, unknown)));
            TestTokens.as(role).get("/api/v1/draws").then().statusCode(403);
            TestTokens.as(role)
                    .header("If-Match", made.header("ETag"))
                    .post("/api/v1/draws/" + id + "/revelation")
                    .then()
                    .statusCode(404);
        }
        Response sealed = given().get("/api/v1/draws/" + id + "/published");
        Response nothing = given().get("/api/v1/draws/" + unknown + "/published");
        sealed.then().statusCode(404);
        assertThat(sameProblem(sealed, id), equalTo(sameProblem(nothing, unknown)));
        assertThat(sealed.asString(), not(containsString("SEALED")));
    }

    @Test
    void theSeedIsRevealedOnlyOnceEveryDrawnInspectionStartedAndThenAnyoneVerifies() {
        List<String> gates = DrawWorld.openGates(5);
        Response made = DrawWorld.commit(2, gates);
        made.then().statusCode(201);
        String id = made.path("id");
        List<String> drawn = made.path("drawnUnitCodes");
        assertThat(queries.drew(UUID.fromString(id), new UnitCode(drawn.get(0))), is(true));
        String notDrawn =
                gates.stream().filter(g -> !drawn.contains(g)).findFirst().orElseThrow();
        assertThat(queries.drew(UUID.fromString(id), new UnitCode(notDrawn)), is(false));

        DrawWorld.inspection(entityManager, id, drawn.get(0), "IN_PROGRESS");
        UUID second = DrawWorld.inspection(entityManager, id, drawn.get(1), "DECIDED");
        // an inspection of a unit not drawn, or on another draw's basis, counts for nothing
        DrawWorld.inspection(entityManager, UUID.randomUUID().toString(), drawn.get(1), "IN_PROGRESS");
        String etag = made.header("ETag");
        DrawWorld.lead()
                .header("If-Match", etag)
                .post("/api/v1/draws/" + id + "/revelation")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("drawn-inspections-not-started"))
                .body("detail", containsString(drawn.get(1)))
                .body("detail", not(containsString(drawn.get(0))));
        given().get("/api/v1/draws/" + id + "/published").then().statusCode(404);
        assertThat(DrawWorld.events(DrawWorld.INSPECTIONS, id, "customs.inspections.DrawRevealed.v1"), hasSize(0));

        DrawWorld.setStatus(entityManager, second, "IN_PROGRESS");
        DrawWorld.lead().post("/api/v1/draws/" + id + "/revelation").then().statusCode(428);
        DrawWorld.lead()
                .header("If-Match", "\"99\"")
                .post("/api/v1/draws/" + id + "/revelation")
                .then()
                .statusCode(412);
        Response revealed = DrawWorld.lead().header("If-Match", etag).post("/api/v1/draws/" + id + "/revelation");
        revealed.then()
                .statusCode(200)
                .body("status", equalTo("REVEALED"))
                .body("seed", matchesPattern("[0-9a-f]{64}"));
        String seed = revealed.path("seed");

        JsonPath event = new JsonPath(
                awaitEvent(id, "customs.inspections.DrawRevealed.v1").get(0).value());
        assertThat(event.getString("seed"), equalTo(seed));
        assertThat(event.getList("drawnUnitCodes"), equalTo(drawn));
        assertThat(event.getString("commitment"), equalTo(made.path("commitment")));

        Response published = given().get("/api/v1/draws/" + id + "/published");
        published
                .then()
                .statusCode(200)
                .body("seed", equalTo(seed))
                .body("commitment", equalTo(made.path("commitment")))
                .body("drawnUnitCodes", equalTo(drawn))
                .body("candidates", hasSize(5));

        given().contentType(ContentType.JSON)
                .body(published.asString())
                .post("/api/v1/draw-verifications")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("commitmentMatches", is(true))
                .body("drawMatches", is(true))
                .body("weightsMatchFormula", is(true))
                .body("recomputedDrawn", equalTo(drawn));

        String tampered = published.asString().replaceFirst("\"weight\":([0-9.]+)", "\"weight\":99$1");
        given().contentType(ContentType.JSON)
                .body(tampered)
                .post("/api/v1/draw-verifications")
                .then()
                .statusCode(200)
                .body("commitmentMatches", is(false))
                .body("weightsMatchFormula", is(false));

        DrawWorld.lead()
                .header("If-Match", revealed.header("ETag"))
                .post("/api/v1/draws/" + id + "/revelation")
                .then()
                .statusCode(409);
        Object[] audit = (Object[]) entityManager
                .createNativeQuery("SELECT details, (SELECT details FROM platform_audit_entry c WHERE"
                        + " c.object_id = ?1 AND c.action = 'commit-draw') FROM platform_audit_entry"
                        + " WHERE object_id = ?1 AND action = 'reveal-draw'")
                .setParameter(1, id)
                .getSingleResult();
        assertThat(audit[0].toString(), containsString(seed));
        assertThat("no seed, no unit in the commit's audit entry", audit[1].toString(), not(containsString(seed)));
        for (String gate : gates) {
            assertThat(audit[1].toString(), not(containsString(gate)));
        }
    }

    @Test
    void withoutANamedCandidateEveryOpenGateIsOneAndNothingElse() {
        String gate = DrawWorld.openGates(1).get(0);
        DrawWorld.commit(1, List.of(gate)).then().statusCode(201); // the gate is known from here on
        Response all = DrawWorld.lead().body("{\"size\":1}").post("/api/v1/draws");
        all.then().statusCode(201);
        List<String> candidates = all.path("candidates.unitCode");
        assertThat(candidates.contains(gate), is(true));
        DrawWorld.lead()
                .body(DrawWorld.newDraw(1, List.of(gate, "NEVER_OPENED_" + gate.substring(3))))
                .post("/api/v1/draws")
                .then()
                .statusCode(422)
                .body("type", containsString("unknown-candidate"))
                .body("detail", containsString("NEVER_OPENED_"));
    }

    @Test
    void badDrawsAndBadVerificationsAreProblems() {
        List<String> gates = DrawWorld.openGates(2);
        DrawWorld.commit(3, gates).then().statusCode(422).body("type", containsString("invalid-draw-size"));
        DrawWorld.lead()
                .body("{\"size\":0,\"candidates\":[\"" + gates.get(0) + "\"]}")
                .post("/api/v1/draws")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        DrawWorld.lead()
                .body("{\"size\":1,\"candidates\":[\"not a code\"]}")
                .post("/api/v1/draws")
                .then()
                .statusCode(400);
        DrawWorld.lead()
                .body("{\"size\":1,\"candidates\":[\"" + gates.get(0) + "\",\"" + gates.get(0) + "\"]}")
                .post("/api/v1/draws")
                .then()
                .statusCode(422)
                .body("type", containsString("duplicate-candidate"));
        TestTokens.as("INSPECTOR")
                .contentType(ContentType.JSON)
                .body(DrawWorld.newDraw(1, gates))
                .post("/api/v1/draws")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"seed\":\"xyz\"}")
                .post("/api/v1/draw-verifications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{not json")
                .post("/api/v1/draw-verifications")
                .then()
                .statusCode(400);
    }

    @Test
    void aRepeatedCommitWithItsIdempotencyKeyIsOneDraw() {
        List<String> gates = DrawWorld.openGates(3);
        Response first = DrawWorld.commit(1, gates); // also waits until the gates are known
        first.then().statusCode(201);
        String key = "draw-" + UUID.randomUUID();
        String id = DrawWorld.lead()
                .header("Idempotency-Key", key)
                .body(DrawWorld.newDraw(1, gates))
                .post("/api/v1/draws")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        DrawWorld.lead()
                .header("Idempotency-Key", key)
                .body(DrawWorld.newDraw(1, gates))
                .post("/api/v1/draws")
                .then()
                .statusCode(201)
                .body("id", equalTo(id));
        await().atMost(DrawWorld.WAIT)
                .until(() -> !DrawWorld.events(DrawWorld.INSPECTIONS, id, "customs.inspections.DrawCommitted.v1")
                        .isEmpty());
        assertThat(DrawWorld.events(DrawWorld.INSPECTIONS, id, "customs.inspections.DrawCommitted.v1"), hasSize(1));
        DrawWorld.lead().get("/api/v1/draws?limit=200").then().statusCode(200);
    }

    private static List<ConsumerRecord<String, String>> awaitEvent(String id, String type) {
        await().atMost(DrawWorld.WAIT)
                .until(() -> !DrawWorld.events(DrawWorld.INSPECTIONS, id, type).isEmpty());
        return DrawWorld.events(DrawWorld.INSPECTIONS, id, type);
    }

    /** The problem's body with the id in it replaced: what a caller can tell apart. */
    private static Map<String, Object> sameProblem(Response response, String id) {
        Map<String, Object> problem = new JsonPath(response.asString().replace(id, "ID")).getMap("");
        problem.remove("correlationId");
        return problem;
    }
}
