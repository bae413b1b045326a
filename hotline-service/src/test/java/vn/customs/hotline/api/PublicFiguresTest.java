package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.report.Complexity;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.Outcome;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportCategory;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.hotline.domain.report.ReporterMode;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.publication.PublicFigures;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;
import vn.customs.testkit.TestRun;

/**
 * The published hotline figures: public, per gate and quarter, small numbers suppressed, cached, rate limited.
 * Reports are seeded through the aggregate in a past quarter at gates of the test's own. Each request comes from a
 * loopback address of its own, so that the endpoint's small test budget counts only what a test means to count.
 */
@QuarkusTest
class PublicFiguresTest {

    private static final String FIGURES = "/api/v1/public-figures";
    private static final Quarter Q1 = new Quarter(2026, 1);

    @Inject
    ReportRepository repository;

    @Inject
    ClockRuleBook clockRules;

    @Inject
    TermCalendar calendar;

    @Inject
    EntityManager entityManager;

    @Inject
    PublicFigures publicFigures;

    @Test
    void eachGateShowsWhatHappenedToItsReportsAndCountsBelowFiveAreSuppressed() {
        String busy = gate();
        String quiet = gate();
        String idle = gate();
        Instant start = local(2026, 2, 2, 9, 0);
        // busy: 7 received in the quarter, 6 accepted, 5 concluded within the term, 1 concluded past it
        IntStream.range(0, 5)
                .forEach(i -> seed(concluded(
                        report(busy, start), start.plus(Duration.ofDays(2)), start.plus(Duration.ofDays(12)))));
        seed(concluded(report(busy, start), start.plus(Duration.ofDays(2)), start.plus(Duration.ofDays(55))));
        seed(report(busy, start));
        // received the quarter before, accepted and settled in this one: counted as accepted and settled here
        Instant december = local(2025, 12, 30, 9, 0);
        seed(concluded(report(busy, december), local(2026, 1, 5, 9, 0), local(2026, 1, 12, 9, 0)));
        // quiet: 4 received, 4 accepted
        IntStream.range(0, 4).forEach(i -> seed(accepted(report(quiet, start), start.plus(Duration.ofDays(1)))));
        publicFigures.forget();

        JsonPath figures = read(Q1.toString());
        Map<String, Object> gate = gate(figures, busy);
        assertEquals(
                Set.of("gateCode", "gateName", "received", "accepted", "settledWithinTerm"),
                gate.keySet(),
                "counts only: nothing about a reporter, an officer or a report");
        assertEquals(busy, gate.get("gateName"));
        assertEquals(Map.of("count", 7, "display", "7"), gate.get("received"));
        assertEquals(Map.of("count", 7, "display", "7"), gate.get("accepted"));
        assertEquals(Map.of("count", 6, "display", "6"), gate.get("settledWithinTerm"));

        Map<String, Object> suppressed = Map.of("display", "< 5");
        assertEquals(suppressed, gate(figures, quiet).get("received"), "four received");
        assertEquals(suppressed, gate(figures, quiet).get("accepted"));
        assertEquals(suppressed, gate(figures, quiet).get("settledWithinTerm"), "none settled");
        assertEquals(suppressed, gate(figures, idle).get("received"), "a gate without reports is listed too");

        JsonPath before = read(Q1.previous().toString());
        assertEquals(suppressed, gate(before, busy).get("received"), "one received in December");
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

    /** A gate of the test's own in the hotline's unit directory (named by its code). */
    private String gate() {
        String code =
                ("PF" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase(Locale.ROOT);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "INSERT INTO units (unit_code, name, kind) VALUES (?1, ?1, 'SUB_DEPARTMENT')")
                        .setParameter(1, code)
                        .executeUpdate());
        return code;
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(Today.DEPARTMENT_ZONE)
                .toInstant();
    }

    private ClockRuleVersion rules(Instant at) {
        return clockRules.inForceOn(LocalDate.ofInstant(at, Today.DEPARTMENT_ZONE));
    }

    private Report report(String unit, Instant at) {
        ReportFacts facts = new ReportFacts(
                ReportKind.DENUNCIATION,
                ReportCategory.BRIBE_REQUEST,
                new UnitCode(unit),
                null,
                null,
                null,
                null,
                "Seeded for the published figures.");
        String id = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        Report.Intake intake = new Report.Intake(
                UUID.randomUUID(),
                id.substring(0, 8),
                "$argon2id$figures",
                IntakeChannel.WEB,
                null,
                ReporterMode.ANONYMOUS,
                "Reporter " + id.substring(8, 12),
                "0".repeat(64),
                false,
                null);
        return Report.receive(intake, facts, at, rules(at), calendar);
    }

    private Report accepted(Report report, Instant at) {
        report.accept(Complexity.NORMAL, at, rules(at), calendar);
        return report;
    }

    private Report concluded(Report report, Instant acceptedAt, Instant concludedAt) {
        accepted(report, acceptedAt).startVerification();
        report.conclude(Outcome.SUBSTANTIATED, "Verified.", List.of(), concludedAt);
        return report;
    }

    private void seed(Report report) {
        QuarkusTransaction.requiringNew().run(() -> repository.add(report));
    }
}
