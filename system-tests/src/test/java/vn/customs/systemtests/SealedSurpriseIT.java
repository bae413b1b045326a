package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.customs.systemtests.Service.DECLARATIONS;
import static vn.customs.systemtests.Service.HOTLINE;
import static vn.customs.systemtests.Service.INSPECTIONS;
import static vn.customs.systemtests.Service.STAFFING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Story 3: a surprise inspection of a gate chosen by the verifiable draw is decided; until it starts, the gate's own
 * head, a dashboard and inspectors who are not leads find no trace of it in any of the four services — the item,
 * lists, counts, statistics, change feeds — and the inspections topic carries nothing about it. It starts:
 * InspectionStarted is on the topic, and anyone verifies the draw once it is revealed.
 */
@ExtendWith(SystemTests.class)
class SealedSurpriseIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOPIC = "customs.inspections.v1";

    @Test
    void aDrawnSurpriseInspectionLeavesNoTraceAnywhereUntilItStartsAndThenTheDrawVerifies(SystemUnderTest suite) {
        LocalDate today = Lodging.today();
        PersonnelClerk clerk = new PersonnelClerk(suite);

        // A department with its inspectorate (three inspectors) and three gates, each with its head.
        String department = Lodging.uniqueCode("S3D");
        String departmentId = clerk.openUnit(department, "Cục Hải quan " + department, "DEPARTMENT", null);
        String inspectorate = clerk.post(departmentId, "Thanh tra viên", "INSPECTION", false, 10, false);
        LocalDate longAgo = LocalDate.of(2020, 1, 6);
        UUID teamLead = clerk.register("Lê Văn Trưởng Đoàn", "PRINCIPAL_INSPECTOR");
        clerk.postOfficer(teamLead, inspectorate, longAgo, "INITIAL");
        UUID deputy = clerk.register("Phạm Thị Phó Đoàn", "INSPECTOR");
        clerk.postOfficer(deputy, inspectorate, longAgo, "INITIAL");
        UUID bystander = clerk.register("Đỗ Văn Ngoài Đoàn", "INSPECTOR");
        clerk.postOfficer(bystander, inspectorate, longAgo, "INITIAL");
        Map<String, UUID> headOf = new LinkedHashMap<>();
        for (String name : List.of("Hữu Nghị", "Cốc Nam", "Chi Ma")) {
            String code = Lodging.uniqueCode("S3G");
            String unit = clerk.openUnit(code, "Chi cục Hải quan cửa khẩu " + name, "SUB_DEPARTMENT", department);
            String headPost = clerk.post(unit, "Chi cục trưởng " + name, "MANAGEMENT", false, 1, true);
            UUID head = clerk.register("Hoàng Văn Trưởng " + name, "PRINCIPAL_INSPECTOR");
            clerk.postOfficer(head, headPost, LocalDate.of(2024, 1, 2), "INITIAL");
            headOf.put(code, head);
        }
        Caller lead = suite.as(suite.user("inspection-lead", List.of("INSPECTION_LEAD"), Map.of()));

        // The draw: one of the three gates, weighed by risk; only its commitment leaves the service.
        Map<String, Object> newDraw = Map.of("size", 1, "candidates", new ArrayList<>(headOf.keySet()));
        Answer draw = await().atMost(WAIT)
                .until(
                        () -> lead.post(INSPECTIONS, "/api/v1/draws", newDraw),
                        answer -> answer.status() != 422 || !"unknown-candidate".equals(answer.problem()))
                .expect(201);
        String drawId = draw.text("/id");
        String gate = draw.text("/drawnUnitCodes/0");

        // Those who must not know: the drawn gate's own head, a dashboard, the inspector on the team who is not its
        // lead, and an inspector who is not on it.
        Map<String, Caller> outsiders = new LinkedHashMap<>();
        outsiders.put(
                "the gate's UNIT_HEAD",
                suite.as(suite.user(
                        "head",
                        List.of("UNIT_HEAD"),
                        Map.of("officer_id", headOf.get(gate).toString()))));
        outsiders.put("a DASHBOARD", suite.as(suite.user("dashboard", List.of("DASHBOARD"), Map.of())));
        outsiders.put(
                "the INSPECTOR on the team",
                suite.as(suite.user("inspector", List.of("INSPECTOR"), Map.of("officer_id", deputy.toString()))));
        outsiders.put(
                "an INSPECTOR off the team",
                suite.as(suite.user("inspector", List.of("INSPECTOR"), Map.of("officer_id", bystander.toString()))));
        Caller integration = suite.as(suite.user("integration", List.of("INTEGRATION"), Map.of()));
        outsiders.forEach((who, caller) -> assertThat(
                who, caller.get(INSPECTIONS, "/api/v1/draws/" + drawId).status(), equalTo(404)));

        // An announced inspection of the gate, which every outsider reads once staffing's events have arrived: what
        // they do not see below is hidden from them, not merely unknown yet.
        String announced = propose(lead, "THEMATIC", "DIRECTIVE", "CT-09/2026", gate, today.plusDays(20));
        outsiders.forEach((who, caller) -> await().atMost(WAIT)
                .until(() -> caller.get(INSPECTIONS, "/api/v1/inspections/" + announced)
                                .status()
                        == 200));
        Map<String, String> before = readings(outsiders, gate, department, today);
        Map<Service, ChangeFeed> feeds = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            feeds.put(service, new ChangeFeed(service));
            feeds.get(service).readOn(integration);
        }

        // The sealed surprise inspection: proposed on the draw, a team seated, decided.
        String sealed = propose(lead, "SURPRISE", "RISK_DRAW", drawId, gate, today.plusDays(7));
        String inspection = "/api/v1/inspections/" + sealed;
        Map<String, Object> team = Map.of(
                "leadOfficerId",
                teamLead.toString(),
                "deputyOfficerId",
                deputy.toString(),
                "memberOfficerIds",
                List.of());
        await().atMost(WAIT)
                .until(() ->
                        lead.step(INSPECTIONS, "PUT", inspection, "/team", team).status() == 200);
        lead.step(INSPECTIONS, inspection, "/decision", Map.of("decisionNumber", Lodging.uniqueCode("QD-KT")))
                .expect(200);
        Answer asLead = lead.get(INSPECTIONS, inspection).expect(200);
        assertThat(asLead.text("/status"), equalTo("DECIDED"));
        assertThat(asLead.text("/sealed"), equalTo("true"));

        // No trace: the item is the 404 of an unknown id; the lists, counts and statistics of all four services read
        // as before; no change feed and not the topic has a word about it.
        String unknown = UUID.randomUUID().toString();
        outsiders.forEach((who, caller) -> {
            Answer item = caller.get(INSPECTIONS, inspection);
            Answer stranger = caller.get(INSPECTIONS, "/api/v1/inspections/" + unknown);
            assertThat(who, item.status(), equalTo(404));
            assertThat(who, sameProblem(item, sealed), equalTo(sameProblem(stranger, unknown)));
            assertThat(
                    who,
                    caller.get(INSPECTIONS, "/api/v1/inspections?type=SURPRISE&limit=200")
                            .response()
                            .body(),
                    not(containsString(sealed)));
        });
        assertThat(readings(outsiders, gate, department, today), equalTo(before));
        feeds.forEach((service, feed) -> {
            for (JsonNode event : feed.readOn(integration)) {
                assertThat(service.toString(), event.toString(), not(containsString(sealed)));
                if (service == INSPECTIONS) {
                    assertThat(event.toString(), not(containsString(gate)));
                }
            }
        });
        assertThat(
                Topics.readAll(suite.kafkaBootstrapServers(), TOPIC).stream()
                        .filter(r -> sealed.equals(r.key())
                                || r.value().contains(sealed)
                                || r.value().contains(gate))
                        .map(ConsumerRecord::value)
                        .toList(),
                empty());

        // It starts: InspectionStarted is the first word about it, and the outsiders see it.
        Answer started = lead.step(INSPECTIONS, inspection, "/start", null).expect(200);
        assertThat(started.text("/sealed"), equalTo("false"));
        List<ConsumerRecord<String, String>> published = await().atMost(WAIT)
                .until(
                        () -> Topics.readAll(suite.kafkaBootstrapServers(), TOPIC).stream()
                                .filter(r -> sealed.equals(r.key()))
                                .toList(),
                        records -> !records.isEmpty());
        assertThat(Topics.header(published.get(0), "ce_type"), equalTo("customs.inspections.InspectionStarted.v1"));
        assertThat(published.get(0).value(), containsString(gate));
        outsiders.forEach((who, caller) -> caller.get(INSPECTIONS, inspection).expect(200));
        assertThat(
                outsiders
                        .get("a DASHBOARD")
                        .get(INSPECTIONS, "/api/v1/inspection-statistics?unit=" + gate + period(today))
                        .expect(200)
                        .text("/byType/SURPRISE"),
                equalTo("1"));

        // The revelation: anyone fetches the published draw and verifies it.
        lead.step(INSPECTIONS, "/api/v1/draws/" + drawId, "/revelation", null).expect(200);
        String publishedDraw = suite.anonymous()
                .get(INSPECTIONS, "/api/v1/draws/" + drawId + "/published")
                .expect(200)
                .response()
                .body();
        Answer verified = suite.anonymous()
                .post(INSPECTIONS, "/api/v1/draw-verifications", publishedDraw)
                .expect(200);
        assertThat(verified.toString(), verified.text("/commitmentMatches"), equalTo("true"));
        assertThat(verified.toString(), verified.text("/drawMatches"), equalTo("true"));
        assertThat(verified.toString(), verified.text("/weightsMatchFormula"), equalTo("true"));
        assertThat(verified.text("/recomputedDrawn/0"), equalTo(gate));
        assertThat(
                await().atMost(WAIT)
                        .until(
                                () -> Topics.readAll(suite.kafkaBootstrapServers(), TOPIC).stream()
                                        .filter(r -> drawId.equals(r.key()))
                                        .map(r -> Topics.header(r, "ce_type"))
                                        .toList(),
                                types -> types.contains("customs.inspections.DrawRevealed.v1")),
                hasItem("customs.inspections.DrawCommitted.v1"));
    }

    private static String period(LocalDate today) {
        return "&from=" + today + "&to=" + today.plusDays(30);
    }

    /**
     * What each outsider reads about the gate and the department in the four services: the gate's inspections, and
     * every statistics endpoint (a refusal is kept as such), one comparable text per reading.
     */
    private static Map<String, String> readings(
            Map<String, Caller> outsiders, String gate, String department, LocalDate today) {
        Map<String, String> readings = new LinkedHashMap<>();
        outsiders.forEach((who, caller) -> {
            readings.put(
                    who + ": inspections of the gate",
                    ids(caller.get(INSPECTIONS, "/api/v1/inspections?limit=200&unit=" + gate)));
            for (String unit : List.of(gate, department)) {
                readings.put(
                        who + ": inspection statistics of " + unit,
                        reading(caller.get(INSPECTIONS, "/api/v1/inspection-statistics?unit=" + unit + period(today))));
                readings.put(
                        who + ": staffing statistics of " + unit,
                        reading(caller.get(STAFFING, "/api/v1/statistics?unit=" + unit + period(today))));
                readings.put(
                        who + ": hotline statistics of " + unit,
                        reading(caller.get(HOTLINE, "/api/v1/statistics/reports?unit=" + unit + period(today))));
            }
            readings.put(
                    who + ": declaration statistics of the gate",
                    reading(caller.get(DECLARATIONS, "/api/v1/statistics?gate=" + gate + period(today))));
        });
        return readings;
    }

    private static String reading(Answer answer) {
        return answer.status() + " " + (answer.status() == 200 ? answer.json().toString() : answer.problem());
    }

    private static String ids(Answer answer) {
        answer.expect(200);
        List<String> ids = new ArrayList<>();
        answer.at("/items").forEach(i -> ids.add(i.path("id").asText()));
        return ids.toString();
    }

    /** The problem's fields but its id, correlation id and instance: what could tell a sealed id from an unknown one. */
    private static String sameProblem(Answer answer, String id) {
        return answer.status() + "|" + answer.text("/type") + "|" + answer.text("/title") + "|"
                + String.valueOf(answer.text("/detail")).replace(id, "<id>");
    }

    private static String propose(
            Caller lead, String type, String basis, String reference, String gate, LocalDate plannedStart) {
        String body = """
                {"type":"%s","basis":"%s","basisReference":"%s","unitCode":"%s",
                 "scope":"Conduct, name badges and uniforms of the officers on duty","plannedStart":"%s",
                 "durationDays":5}
                """.formatted(type, basis, reference, gate, plannedStart);
        return await().atMost(WAIT)
                .until(
                        () -> lead.post(INSPECTIONS, "/api/v1/inspections", body),
                        answer -> answer.status() != 422 || !"unknown-unit".equals(answer.problem()))
                .expect(201)
                .text("/id");
    }
}
