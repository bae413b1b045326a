package vn.customs.inspections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.inspection.Schedule;
import vn.customs.inspections.domain.inspection.Team;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.publication.PublicFigures;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;
import vn.customs.testkit.TestRun;

/**
 * The published inspection figures: public, per gate and quarter, inspections carried out (started) by type, small
 * numbers suppressed, cached, rate limited; a sealed surprise inspection in none until it starts. Inspections are
 * seeded through the aggregate in a past quarter at gates of the test's own. Each request comes from a loopback
 * address of its own, so that the endpoint's small test budget counts only what a test means to count.
 */
@QuarkusTest
class PublicFiguresTest {

    private static final String FIGURES = "/api/v1/public-figures";
    private static final Quarter Q1 = new Quarter(2026, 1);
    private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

    @Inject
    InspectionRepository inspections;

    @Inject
    EntityManager entityManager;

    @Inject
    PublicFigures publicFigures;

    @Test
    void eachGateShowsTheInspectionsCarriedOutThereByTypeAndCountsBelowFiveAreSuppressed() {
        String busy = gate();
        String idle = gate();
        IntStream.range(0, 5)
                .forEach(i -> add(started(inspection(InspectionType.THEMATIC, busy, "2026-02-02"), "2026-02-02")));
        add(started(inspection(InspectionType.SURPRISE, busy, "2026-03-02"), "2026-03-02"));
        add(started(inspection(InspectionType.TARGETED, busy, "2026-01-12"), "2026-01-12"));
        // planned in the quarter but started after it, and planned but never started: not carried out in it
        add(started(inspection(InspectionType.THEMATIC, busy, "2026-03-30"), "2026-04-02"));
        add(inspection(InspectionType.THEMATIC, busy, "2026-03-16"));
        publicFigures.forget();

        JsonPath figures = read(Q1.toString());
        Map<String, Object> gate = gate(figures, busy);
        assertEquals(
                Set.of("gateCode", "gateName", "thematic", "surprise", "targeted"),
                gate.keySet(),
                "counts only: no inspection, officer or finding");
        assertEquals(busy, gate.get("gateName"));
        assertEquals(Map.of("count", 5, "display", "5"), gate.get("thematic"));
        Map<String, Object> suppressed = Map.of("display", "< 5");
        assertEquals(suppressed, gate.get("surprise"), "one");
        assertEquals(suppressed, gate.get("targeted"), "one");
        assertEquals(suppressed, gate(figures, idle).get("thematic"), "a gate without inspections is listed too");
    }

    @Test
    void aSealedSurpriseInspectionShowsInNoFigureUntilItStarts() {
        String unit = gate();
        IntStream.range(0, 4)
                .forEach(i -> add(started(inspection(InspectionType.SURPRISE, unit, "2026-02-09"), "2026-02-09")));
        Inspection sealed = decided(inspection(InspectionType.SURPRISE, unit, "2026-03-10"));
        assertThat(sealed.sealed(), equalTo(true));
        add(sealed);
        publicFigures.forget();
        assertEquals(
                Map.of("display", "< 5"), gate(read(Q1.toString()), unit).get("surprise"), "four started, one sealed");

        QuarkusTransaction.requiringNew()
                .run(() -> inspections.findForUpdate(sealed.id()).orElseThrow().start(LocalDate.of(2026, 3, 10), NOW));
        publicFigures.forget();
        assertEquals(
                Map.of("count", 5, "display", "5"),
                gate(read(Q1.toString()), unit).get("surprise"),
                "started on 10 March: carried out in the quarter");
    }

    @Test
    void noTokenIsNeededAndTheAnswerIsCachedWithAnETag() {
        publicFigures.forget();
        var first = anyone().queryParam("quarter", Q1.toString()).get(FIGURES);
        first.then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "public, max-age=300")
                .header("ETag", notNullValue())
                .body("quarter", equalTo("2026-Q1"))
                .body("from", equalTo("2026-01-01"))
                .body("to", equalTo("2026-03-31"));
        String etag = first.header("ETag");
        anyone().queryParam("quarter", Q1.toString())
                .header("If-None-Match", etag)
                .get(FIGURES)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=300");

        // a new gate opens: the figures stay as they were computed, for five minutes, unless forgotten
        String later = gate();
        var cached = anyone().queryParam("quarter", Q1.toString()).get(FIGURES);
        assertEquals(etag, cached.header("ETag"));
        cached.then().body("gates.gateCode", not(hasItem(later)));
        publicFigures.forget();
        var fresh = anyone().queryParam("quarter", Q1.toString()).get(FIGURES);
        assertNotEquals(etag, fresh.header("ETag"));
        fresh.then().body("gates.gateCode", hasItem(later));
    }

    @Test
    void withoutAQuarterTheLastFullOneIsShown() {
        Quarter last = Quarter.lastFullBefore(LocalDate.now(Today.DEPARTMENT_ZONE));
        anyone().get(FIGURES)
                .then()
                .statusCode(200)
                .body("quarter", equalTo(last.toString()))
                .body("from", equalTo(last.first().toString()))
                .body("to", equalTo(last.last().toString()));
    }

    @Test
    void aMalformedOrFutureQuarterIsABadRequest() {
        String future = Quarter.of(LocalDate.now(Today.DEPARTMENT_ZONE)).next().toString();
        for (String quarter : List.of("2026-Q5", "2026-3", "Q3-2026", "1999-Q4", future)) {
            anyone().queryParam("quarter", quarter)
                    .get(FIGURES)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("quarter"));
        }
    }

    @Test
    void anAnonymousCallerOverTheBudgetGets429WithRetryAfter() {
        InetAddress address = freshAddress();
        for (int i = 0; i < 3; i++) {
            from(address).get(FIGURES).then().statusCode(200);
        }
        var refused = from(address).get(FIGURES);
        refused.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After within the test budget's hour: " + retryAfter);
        anyone().get(FIGURES).then().statusCode(200);
    }

    private static JsonPath read(String quarter) {
        return anyone().queryParam("quarter", quarter)
                .get(FIGURES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> gate(JsonPath figures, String code) {
        return figures.getMap("gates.find { it.gateCode == '" + code + "' }");
    }

    /** Without a token, from a loopback address no other request used. */
    static RequestSpecification anyone() {
        return from(freshAddress());
    }

    static RequestSpecification from(InetAddress address) {
        return given().baseUri("http://127.0.0.1")
                .config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().setParam("http.route.local-address", address)));
    }

    static InetAddress freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            return InetAddress.getByAddress(new byte[] {
                127, (byte) random.nextInt(1, 255), (byte) random.nextInt(256), (byte) random.nextInt(1, 255)
            });
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A gate of the test's own in the inspections' unit directory (named by its code). */
    private String gate() {
        String code =
                ("PF_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase(Locale.ROOT);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "INSERT INTO units (unit_code, name, kind) VALUES (?1, ?1, 'SUB_DEPARTMENT')")
                        .setParameter(1, code)
                        .executeUpdate());
        return code;
    }

    private static Inspection inspection(InspectionType type, String unit, String plannedStart) {
        Basis basis = switch (type) {
            case THEMATIC -> Basis.PLAN;
            case SURPRISE -> Basis.RISK_DRAW;
            case TARGETED -> Basis.REPORT;
        };
        return Inspection.propose(
                UUID.randomUUID(),
                type,
                basis,
                UUID.randomUUID().toString(),
                new UnitCode(unit),
                List.of(),
                "Conduct, badges and uniforms at the gate",
                Schedule.planned(LocalDate.parse(plannedStart), 5),
                NOW);
    }

    private static Inspection decided(Inspection inspection) {
        inspection.assignTeam(new Team(new OfficerId(UUID.randomUUID()), null, List.of()));
        inspection.decide("1/QĐ-TTr", NOW);
        return inspection;
    }

    private static Inspection started(Inspection inspection, String on) {
        decided(inspection).start(LocalDate.parse(on), NOW);
        return inspection;
    }

    private void add(Inspection inspection) {
        QuarkusTransaction.requiringNew().run(() -> inspections.add(inspection));
    }
}
