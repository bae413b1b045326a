package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.customs.hotline.application.WatchDeadlines;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportCategory;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.hotline.domain.report.ReporterMode;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicWriter;

/**
 * Handlers take a report through its lifecycle over HTTP, and the service tells the others through Kafka: what it
 * received (no content), accepted, concluded, the targeted inspection it asks for, a deadline it missed; staffing's
 * postings keep conflicted officers off a report; inspections' conclusion reaches the reporter in plain words.
 */
@QuarkusTest
class HandlingTest {

    private static final String TEXT = "The officer at counter 2 asked for 2 million dong to release the truck.";

    @Inject
    WatchDeadlines watch;

    @Inject
    ReportRepository reports;

    @Inject
    ClockRuleBook rules;

    @Inject
    TermCalendar calendar;

    @Test
    void aReportGoesFromReceiptToClosureAndTheOthersHearOfIt() {
        String gate = ReportsWorld.openGate(false);
        ReportsWorld.Filed filed = ReportsWorld.file(ReportsWorld.anonymousReport(gate));
        UUID handler = UUID.randomUUID();
        UUID accused = UUID.randomUUID();

        // the facts must be checked at two gates: the acceptance term goes from 7 to 10 working days, once
        String due = ReportsWorld.handler(handler)
                .get("/api/v1/reports/" + filed.id())
                .jsonPath()
                .getString("clock.dueAt");
        String lengthened = ReportsWorld.act(
                        handler, filed.id(), "/acceptance-term", "{\"reason\": \"Both gates must be heard\"}")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("clock.dueAt");
        assertTrue(Instant.parse(lengthened).isAfter(Instant.parse(due)), due + " then " + lengthened);
        ReportsWorld.act(handler, filed.id(), "/acceptance-term", "{\"reason\": \"Again\"}")
                .then()
                .statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("acceptance-term-lengthened"));
        ReportsWorld.act(handler, filed.id(), "/acceptance", "{\"complexity\": \"NORMAL\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("clock.phase", equalTo("SETTLEMENT"))
                .body("clock.state", equalTo("ON_TIME"));
        ReportsWorld.act(handler, filed.id(), "/accused", "{\"officerId\": \"" + accused + "\"}")
                .then()
                .statusCode(200);
        ReportsWorld.act(handler, filed.id(), "/verification", null).then().statusCode(200);
        // after 1 July 2026 a suspension pauses the clock
        ReportsWorld.act(handler, filed.id(), "/suspension", "{\"reason\": \"Waiting for the camera footage\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("clock.paused", equalTo(true))
                .body("clock.state", equalTo("PAUSED"));
        ReportsWorld.act(handler, filed.id(), "/resumption", null)
                .then()
                .statusCode(200)
                .body("clock.paused", equalTo(false));
        ReportsWorld.act(
                        handler,
                        filed.id(),
                        "/conclusion",
                        "{\"outcome\": \"SUBSTANTIATED\", \"conclusion\": \"The officer asked for money.\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONCLUDED"))
                .body("concludedWithinLimit", equalTo(true))
                .body("inspectionRequestedAt", notNullValue());
        ReportsWorld.act(handler, filed.id(), "/actions", "{\"description\": \"Open a discipline case\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIONS_TRACKING"));
        ReportsWorld.act(handler, filed.id(), "/closure", null)
                .then()
                .statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("actions-open"));
        ReportsWorld.act(handler, filed.id(), "/actions/0/completion", "{\"note\": \"Case opened\"}")
                .then()
                .statusCode(200);
        ReportsWorld.act(handler, filed.id(), "/closure", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));

        ReportsWorld.reporter(filed.receipt())
                .get("/api/v1/report-follow-up")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("SUBSTANTIATED"))
                .body("outcomeInWords", equalTo("What you reported was found to be true."));

        for (String type :
                new String[] {"ReportReceived", "ReportAccepted", "ReportConcluded", "TargetedInspectionRequested"}) {
            await().atMost(ReportsWorld.WAIT)
                    .until(() -> ReportsWorld.events(filed.id(), "customs.hotline." + type + ".v1")
                                    .size()
                            == 1);
        }
        ConsumerRecord<String, String> concluded = ReportsWorld.events(filed.id(), "customs.hotline.ReportConcluded.v1")
                .get(0);
        assertTrue(concluded.value().contains(accused.toString()), "the accused is among the officers concerned");
        ConsumerRecord<String, String> requested = ReportsWorld.events(
                        filed.id(), "customs.hotline.TargetedInspectionRequested.v1")
                .get(0);
        assertTrue(requested.value().contains(gate));
        for (String type :
                new String[] {"ReportReceived", "ReportAccepted", "ReportConcluded", "TargetedInspectionRequested"}) {
            String value = ReportsWorld.events(filed.id(), "customs.hotline." + type + ".v1")
                    .get(0)
                    .value();
            assertFalse(value.contains("2 million"), type + " carries no text");
        }
        assertFalse(ReportsWorld.events(filed.id(), "customs.hotline.ReportReceived.v1")
                .get(0)
                .value()
                .contains("BRIBE"));
    }

    @Test
    void inspectionsConclusionReachesTheReporterInPlainWords() {
        String gate = ReportsWorld.openGate(false);
        ReportsWorld.Filed filed = ReportsWorld.file(ReportsWorld.anonymousReport(gate));
        UUID handler = UUID.randomUUID();
        ReportsWorld.act(handler, filed.id(), "/acceptance", "{\"complexity\": \"NORMAL\"}")
                .then()
                .statusCode(200);
        ReportsWorld.act(handler, filed.id(), "/verification", null).then().statusCode(200);
        ReportsWorld.act(
                        handler,
                        filed.id(),
                        "/conclusion",
                        "{\"outcome\": \"PARTLY_SUBSTANTIATED\", \"conclusion\": \"One of two acts confirmed.\"}")
                .then()
                .statusCode(200);
        String inspection = UUID.randomUUID().toString();
        TopicWriter.send(
                ReportsWorld.bootstrap(),
                "customs.inspections.v1",
                inspection,
                "customs.inspections.InspectionConcluded.v1",
                "{\"inspectionId\":\"" + inspection + "\",\"type\":\"TARGETED\",\"unitCodes\":[\"" + gate + "\"],"
                        + "\"requestedByReportId\":\"" + filed.id() + "\",\"findings\":2,"
                        + "\"outcomeSummary\":\"Two conduct findings\",\"occurredAt\":\"2026-09-01T00:00:00Z\"}");
        await().atMost(ReportsWorld.WAIT)
                .until(() -> ReportsWorld.reporter(filed.receipt())
                                .get("/api/v1/report-follow-up")
                                .jsonPath()
                                .getString("inspectionOutcome")
                        != null);
        ReportsWorld.reporter(filed.receipt())
                .get("/api/v1/report-follow-up")
                .then()
                .body("inspectionOutcome", org.hamcrest.Matchers.containsString("found 2 breaches"))
                .body("messages.text", hasItem(org.hamcrest.Matchers.containsString("found 2 breaches")));
    }

    @Test
    void onlyAnOperatorRecordsACallAndIsNamedAsItsRecorder() {
        String gate = ReportsWorld.openGate(false);
        String call = ReportsWorld.anonymousReport(gate)
                .replace("{\"kind\"", "{\"intakeChannel\": \"HOTLINE_CALL\", \"kind\"");
        given().contentType(ContentType.JSON)
                .body(call)
                .post("/api/v1/reports")
                .then()
                .statusCode(403);
        TestTokens.as(Roles.DECLARANT, "tax_id", "0101234567")
                .contentType(ContentType.JSON)
                .body(call)
                .post("/api/v1/reports")
                .then()
                .statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("operator-only"));
        UUID operator = UUID.randomUUID();
        String id = ReportsWorld.handler(operator)
                .body(call)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("reportId");
        ReportsWorld.handler(UUID.randomUUID())
                .get("/api/v1/reports/" + id)
                .then()
                .statusCode(200)
                .body("intakeChannel", equalTo("HOTLINE_CALL"))
                .body("recordedBy", equalTo("handler-" + operator));
    }

    @Test
    void officersPostedAtTheAccusedGateNeitherSeeNorHandleItsReports() {
        String gate = ReportsWorld.openGate(false);
        ReportsWorld.Filed filed = ReportsWorld.file(ReportsWorld.anonymousReport(gate));
        UUID postedThere = UUID.randomUUID();
        ReportsWorld.post(postedThere, gate, LocalDate.now().minusYears(1).toString());
        // staffing's event reaches the hotline: from then on the officer is refused the report
        await().atMost(ReportsWorld.WAIT)
                .until(() -> ReportsWorld.handler(postedThere)
                                .get("/api/v1/reports/" + filed.id())
                                .statusCode()
                        == 403);
        ReportsWorld.handler(postedThere)
                .get("/api/v1/reports/" + filed.id())
                .then()
                .body("type", org.hamcrest.Matchers.endsWith("conflict-of-interest"));
        ReportsWorld.handler(postedThere)
                .get("/api/v1/reports?unit=" + gate)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(filed.id().toString())));

        UUID neutral = UUID.randomUUID();
        ReportsWorld.handler(neutral)
                .get("/api/v1/reports?unit=" + gate)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(filed.id().toString()));
        UUID verifier = UUID.randomUUID();
        UUID decider = UUID.randomUUID();
        ReportsWorld.act(
                        neutral,
                        filed.id(),
                        "/assignment",
                        "{\"receiverId\": \"" + neutral + "\", \"verifierId\": \"" + postedThere
                                + "\", \"deciderId\": \"" + decider + "\"}")
                .then()
                .statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("conflict-of-interest"))
                .body("detail", org.hamcrest.Matchers.containsString("verifier"));
        ReportsWorld.act(
                        neutral,
                        filed.id(),
                        "/assignment",
                        "{\"receiverId\": \"" + neutral + "\", \"verifierId\": \"" + verifier + "\", \"deciderId\": \""
                                + decider + "\"}")
                .then()
                .statusCode(200)
                .body("handlers.verifierId", equalTo(verifier.toString()));
        // once assigned, only its three handlers act on it
        ReportsWorld.act(UUID.randomUUID(), filed.id(), "/acceptance", "{\"complexity\": \"NORMAL\"}")
                .then()
                .statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("not-assigned"));
        ReportsWorld.act(neutral, filed.id(), "/acceptance", "{\"complexity\": \"NORMAL\"}")
                .then()
                .statusCode(200);
    }

    @Test
    void aMissedDeadlineIsPublishedOnceAndTheReportMovesUp() {
        String gate = ReportsWorld.openGate(false);
        // received in January: its seven working days to the acceptance decision are long gone
        Instant longAgo = LocalDate.of(2026, 1, 5)
                .atTime(10, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> reports.add(Report.receive(
                        new Report.Intake(
                                id,
                                id.toString().substring(0, 8).toUpperCase().replaceAll("[^0-9A-Z]", "0"),
                                "unused",
                                IntakeChannel.WEB,
                                null,
                                ReporterMode.ANONYMOUS,
                                "Reporter TEST01",
                                "0".repeat(64),
                                false,
                                null),
                        new ReportFacts(
                                ReportKind.DENUNCIATION,
                                ReportCategory.DELAY,
                                new UnitCode(gate),
                                longAgo.minusSeconds(3600),
                                null,
                                null,
                                null,
                                TEXT),
                        longAgo,
                        rules.inForceOn(LocalDate.of(2026, 1, 5)),
                        calendar)));

        assertTrue(watch.round() >= 1);
        watch.round();
        await().atMost(ReportsWorld.WAIT)
                .until(() -> !ReportsWorld.events(id, "customs.hotline.ReportDeadlineBreached.v1")
                        .isEmpty());
        var breaches = ReportsWorld.events(id, "customs.hotline.ReportDeadlineBreached.v1");
        assertEquals(1, breaches.size(), "a deadline is said once");
        io.restassured.path.json.JsonPath breach =
                io.restassured.path.json.JsonPath.from(breaches.get(0).value());
        assertEquals("ACCEPTANCE", breach.getString("deadline"));
        assertEquals("GENERAL_DEPARTMENT", breach.getString("escalatedTo"));
        ReportsWorld.handler(UUID.randomUUID())
                .get("/api/v1/reports/" + id)
                .then()
                .statusCode(200)
                .body("queueLevel", equalTo("GENERAL_DEPARTMENT"))
                .body("clock.acceptanceBreached", equalTo(true))
                .body("clock.state", equalTo("BREACHED"));
    }
}
