package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.customs.systemtests.Service.HOTLINE;
import static vn.customs.systemtests.Service.INSPECTIONS;
import static vn.customs.systemtests.Service.STAFFING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Story 1, written once for the stories that tell it (undisturbed, or with a service killed on the way): a business
 * files an anonymous report about an officer at the Hữu Nghị gate; the hotline accepts and substantiates it, which asks
 * inspections for a targeted inspection; the inspection records a disciplinary finding about the officer; staffing
 * opens a discipline case, suspends him and names the gate's head on the violation date; declarations refuses his next
 * step and routes the gate's new declarations to the others; the reporter reads the outcome with his receipt alone.
 * Every step goes through the services' public HTTP APIs with tokens from Keycloak.
 */
final class ReportToSuspension {

    /** Where a story may disturb the suite: around the hotline's conclusion, after the finding. */
    interface Disturbance {
        Disturbance NONE = new Disturbance() {};

        default void afterReportAccepted() {}

        default void afterReportConcluded(String reportId) {}

        default void afterFindingRecorded() {}
    }

    static final Duration WAIT = Duration.ofSeconds(180);
    private static final ZoneId DEPARTMENT_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SystemUnderTest suite;
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final LocalDate violationDate = LocalDate.now(DEPARTMENT_TIME).minusDays(3);
    private final Gate gate;

    ReportToSuspension(SystemUnderTest suite) {
        this.suite = suite;
        this.gate = new Gate(suite, run);
    }

    /** Tells the story, disturbed as asked, asserting each step; returns what the services show at its end. */
    Projections tell(Disturbance disturbance) {
        gate.open();
        DeclarationDesk desk = new DeclarationDesk(suite, gate);
        UUID first = desk.lodgeAssignedTo(gate.accused);
        desk.staffTheGate();

        Filed report = fileAnonymously();
        concludeAsHandler(report, disturbance);
        disturbance.afterReportConcluded(report.id());

        String inspection = proposedTargetedInspection(report);
        UUID finding = inspect(inspection);
        disturbance.afterFindingRecorded();

        JsonNode disciplineCase = awaitSuspension(finding);
        desk.awaitSuspensionKnown();
        String refusal = desk.stepRefusedFor(first);
        List<String> nextAssignees = desk.nextThreeAssignees();
        concludeInspection(inspection);
        JsonNode followUp = awaitOutcomeForReporter(report);
        return Projections.of(suite, gate, report.id(), inspection, disciplineCase, refusal, nextAssignees, followUp);
    }

    record Filed(String id, String receipt) {}

    /** A business files about the officer at the gate without an account, and keeps the receipt. */
    private Filed fileAnonymously() {
        Map<String, Object> report = Map.of(
                "kind", "DENUNCIATION",
                "category", "BRIBE_REQUEST",
                "unitCode", gate.code,
                "happenedAt", violationDate + "T03:00:00Z",
                "accusedDescription", "the officer at counter 2, name badge " + gate.accusedName,
                "reporterMode", "ANONYMOUS",
                "text",
                        "The officer at counter 2 said the truck would wait until Monday unless I paid 2 million dong.");
        // The hotline knows the gate once staffing's UnitOpened has reached it: until then 422 unknown-unit.
        // Anonymous calls have a small budget per address, hence the slow polling.
        Answer filed = await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> suite.anonymous().post(HOTLINE, "/api/v1/reports", report), a -> a.status() != 422);
        filed.expect(201);
        assertThat(filed.text("/receipt"), notNullValue());
        return new Filed(filed.text("/reportId"), filed.text("/receipt"));
    }

    /** A hotline handler accepts the report, names the accused among who was on post, verifies and substantiates. */
    private void concludeAsHandler(Filed report, Disturbance disturbance) {
        Caller handler = suite.as(gate.handler);
        String path = "/api/v1/reports/" + report.id();
        handler.step(HOTLINE, path, "/acceptance", Map.of("complexity", "NORMAL"))
                .expect(200);
        disturbance.afterReportAccepted();
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(
                        officerIds(handler.get(HOTLINE, path + "/accused-candidates")
                                .expect(200)
                                .json()),
                        hasItem(gate.accused.toString())));
        handler.step(HOTLINE, path, "/accused", Map.of("officerId", gate.accused.toString()))
                .expect(200);
        handler.step(HOTLINE, path, "/verification", null).expect(200);
        Answer concluded = handler.step(
                        HOTLINE,
                        path,
                        "/conclusion",
                        Map.of(
                                "outcome", "SUBSTANTIATED",
                                "conclusion", "Two drivers confirm the officer asked for money to release the truck.",
                                "officerIds", List.of(gate.accused.toString())))
                .expect(200);
        assertThat(concluded.text("/inspectionRequestedAt"), notNullValue());
    }

    /** Inspections proposed one TARGETED inspection from the hotline's request; returns its id. */
    private String proposedTargetedInspection(Filed report) {
        Caller lead = suite.as(gate.lead);
        JsonNode items = await().atMost(WAIT)
                .until(
                        () -> lead.get(INSPECTIONS, "/api/v1/inspections?unit=" + gate.code)
                                .expect(200)
                                .at("/items"),
                        found -> found.size() > 0);
        assertThat(items.size(), equalTo(1));
        assertThat(items.at("/0/type").asText(), equalTo("TARGETED"));
        assertThat(items.at("/0/status").asText(), equalTo("DRAFT"));
        assertThat(items.at("/0/basis").asText(), equalTo("REPORT"));
        assertThat(items.at("/0/basisReference").asText(), equalTo(report.id()));
        return items.at("/0/id").asText();
    }

    /**
     * A lead seats a team of the department's inspectors, decides and starts the inspection, and records a CONDUCT
     * finding of severity DISCIPLINARY_REFERRAL about the officer; the gate's head on the violation day answers for it.
     */
    private UUID inspect(String inspection) {
        Caller lead = suite.as(gate.lead);
        String path = "/api/v1/inspections/" + inspection;
        Map<String, Object> team = Map.of(
                "leadOfficerId", gate.inspectors.get(0).toString(),
                "deputyOfficerId", gate.inspectors.get(1).toString(),
                "memberOfficerIds", List.of());
        // The screening needs staffing's postings of the inspectors, which arrive over Kafka.
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> lead.step(INSPECTIONS, "PUT", path, "/team", team).status() == 200);
        lead.step(INSPECTIONS, path, "/decision", Map.of("decisionNumber", "QD-" + run + "/2026"))
                .expect(200);
        lead.step(INSPECTIONS, path, "/start", null).expect(200);
        // The head's unit comes from staffing's UnitHeadChanged: he reads his gate's inspection once it has arrived.
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> suite.as(gate.headUser).get(INSPECTIONS, path).status() == 200);
        Answer finding = lead.with("Idempotency-Key", UUID.randomUUID().toString())
                .post(
                        INSPECTIONS,
                        path + "/findings",
                        Map.of(
                                "category", "CONDUCT",
                                "severity", "DISCIPLINARY_REFERRAL",
                                "officerId", gate.accused.toString(),
                                "violationDate", violationDate.toString(),
                                "evidence", "Two drivers and the counter's camera: money asked to release a truck."))
                .expect(201);
        assertThat(finding.text("/accountableHeadOfficerId"), equalTo(gate.head.toString()));
        return UUID.fromString(finding.text("/id"));
    }

    /** Staffing opened a case from the finding, suspended the officer and named the head on the violation day. */
    private JsonNode awaitSuspension(UUID finding) {
        Caller personnel = gate.clerk.caller();
        JsonNode fromFinding = await().atMost(WAIT)
                .until(
                        () -> casesOf(personnel).stream()
                                .filter(c -> finding.toString()
                                        .equals(c.path("originId").asText()))
                                .findFirst()
                                .orElse(null),
                        notNullValue());
        assertThat(fromFinding.path("origin").asText(), equalTo("FINDING"));
        assertThat(fromFinding.path("suspended").asBoolean(), equalTo(true));
        assertThat(fromFinding.path("accountableHeadOfficerId").asText(), equalTo(gate.head.toString()));
        assertThat(fromFinding.path("violationDate").asText(), equalTo(violationDate.toString()));
        assertThat(
                personnel
                        .get(STAFFING, "/api/v1/officers/" + gate.accused)
                        .expect(200)
                        .text("/suspended"),
                equalTo("true"));
        assertThat(
                personnel
                        .get(STAFFING, "/api/v1/units/" + gate.id + "/head?on=" + violationDate)
                        .expect(200)
                        .text("/posting/officerId"),
                equalTo(gate.head.toString()));
        return fromFinding;
    }

    List<JsonNode> casesOf(Caller personnel) {
        JsonNode items = personnel
                .get(STAFFING, "/api/v1/discipline-cases?officerId=" + gate.accused + "&limit=50")
                .expect(200)
                .at("/items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    /** The team leaves and the lead concludes: InspectionConcluded names the report that asked for it. */
    private void concludeInspection(String inspection) {
        Caller lead = suite.as(gate.lead);
        String path = "/api/v1/inspections/" + inspection;
        lead.step(INSPECTIONS, path, "/fieldwork-end", null).expect(200);
        lead.step(
                        INSPECTIONS,
                        path,
                        "/conclusion",
                        Map.of("conclusion", "The officer asked for money; referred for discipline."))
                .expect(200);
    }

    /** The reporter reads the outcome with the receipt alone (no account, no token). */
    private JsonNode awaitOutcomeForReporter(Filed report) {
        Caller reporter = suite.anonymous().with("Report-Receipt", report.receipt());
        JsonNode view = await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> reporter.get(HOTLINE, "/api/v1/report-follow-up")
                                .expect(200)
                                .json(),
                        read -> !read.path("inspectionOutcome").isNull()
                                && !read.path("inspectionOutcome").isMissingNode());
        assertThat(view.path("outcome").asText(), equalTo("SUBSTANTIATED"));
        return view;
    }

    private static List<String> officerIds(JsonNode candidates) {
        List<String> ids = new ArrayList<>();
        for (JsonNode candidate : candidates) {
            // The answer carries the officer id as {"value": ...}, where its OpenAPI example shows a plain string.
            JsonNode officer = candidate.path("officerId");
            ids.add(officer.isObject() ? officer.path("value").asText() : officer.asText());
        }
        return ids;
    }
}
