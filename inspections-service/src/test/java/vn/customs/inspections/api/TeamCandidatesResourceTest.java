package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.customs.inspections.api.StaffingReadModelsTest.WAIT;
import static vn.customs.inspections.api.StaffingReadModelsTest.read;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.api.StaffingReadModelsTest.StaffingEvents;
import vn.customs.inspections.application.TeamScreening;
import vn.customs.inspections.domain.staffing.DeclaredRelatives;
import vn.customs.inspections.domain.staffing.PostingHistory;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.inspections.domain.team.PreviousTeams;
import vn.customs.inspections.domain.team.Refusal;
import vn.customs.inspections.domain.team.RefusalCode;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestTokens;

/**
 * A gate with officers posted by staffing's real events, inspectors at the department, and earlier inspections of
 * the gate: the proposed team leaves out exactly the conflicted inspectors, each with its reason; one officer is
 * screened; a sealed surprise inspection's team leaves no trace; bad parameters are 400 problems; only leads ask.
 *
 * <p>Every other test's inspectors are posted from 2020 on, and the proposal draws from every inspector of the day:
 * this world lives in 1994–1996 so that its proposals hold only its own officers.
 */
@QuarkusTest
class TeamCandidatesResourceTest {

    static final String ON = "1996-03-10";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    UnitDirectory units;

    @Inject
    PostingHistory postings;

    @Inject
    DeclaredRelatives relatives;

    @Inject
    PreviousTeams previousTeams;

    @Inject
    TeamScreening screening;

    @Inject
    EntityManager entityManager;

    static UnitCode dept;
    static UnitCode gate;
    static UnitCode gateTeam;
    /** Inspectors without a tie to the gate (one sat on a sealed surprise inspection, which does not count). */
    static List<OfficerId> free;
    /** An inspector who sat on the team of an inspection of the gate in 1993, before the last one. */
    static OfficerId inspectedBefore;

    static OfficerId formerlyPosted;
    static OfficerId withRelative;
    static OfficerId inspectedLastTime;
    static OfficerId clerkAtGate;
    static UUID lastInspection;
    static boolean ready;

    /**
     * The world is set up once for the class (its facts never change): a second copy would add its inspectors to
     * every proposal of the day.
     */
    @BeforeEach
    void aGateAndItsInspectors() {
        if (ready) {
            return;
        }
        StaffingEvents staffing = new StaffingEvents(bootstrap);
        dept = StaffingEvents.unitCode("D");
        gate = StaffingEvents.unitCode("G");
        gateTeam = new UnitCode(gate + "_T1");
        staffing.openUnit(dept, "DEPARTMENT", null, false);
        staffing.openUnit(gate, "SUB_DEPARTMENT", dept, false);
        staffing.openUnit(gateTeam, "TEAM", gate, false);

        free = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            free.add(inspector(staffing, "1990-01-01"));
        }
        inspectedBefore = inspector(staffing, "1990-01-01");
        withRelative = inspector(staffing, "1990-01-01");
        staffing.register(withRelative, List.of(gate));
        inspectedLastTime = inspector(staffing, "1990-01-01");
        // at a team of the gate until January 1994, within 3 years of 1996-03-10; an inspector since
        formerlyPosted = StaffingEvents.officer();
        String atGate = staffing.post(formerlyPosted, gateTeam, "SCANNER", "CLEARANCE", "1988-01-01");
        staffing.end(formerlyPosted, atGate, gateTeam, "SCANNER", "1994-01-31");
        staffing.post(formerlyPosted, dept, "INSPECTOR", "INSPECTION", "1994-02-01");
        clerkAtGate = StaffingEvents.officer();
        staffing.post(clerkAtGate, gate, "COUNTER-1", "CLEARANCE", "1992-01-01");

        UUID earlier = inspection(gate, "1993-05-03", "CLOSED", false);
        sitOn(earlier, inspectedBefore, "LEAD");
        sitOn(earlier, inspectedLastTime, "MEMBER");
        lastInspection = inspection(gate, "1995-06-01", "CLOSED", false);
        sitOn(lastInspection, inspectedLastTime, "LEAD");
        // a sealed surprise inspection of the gate still to come: its team must not show anywhere
        UUID sealed = inspection(gate, null, "DECIDED", true);
        sitOn(sealed, free.get(0), "LEAD");

        List<OfficerId> everyone = new ArrayList<>(free);
        everyone.addAll(List.of(inspectedBefore, withRelative, inspectedLastTime, clerkAtGate));
        await().atMost(WAIT)
                .until(() -> read(() -> units.find(gate).isPresent()
                        && units.withDescendants(gate).contains(gateTeam)
                        && everyone.stream()
                                .allMatch(
                                        officer -> !postings.ofOfficer(officer).isEmpty())
                        && postings.ofOfficer(formerlyPosted).size() == 2
                        && postings.ofOfficer(formerlyPosted).get(0).to() != null
                        && !relatives.unitsOf(withRelative).isEmpty()));
        ready = true;
    }

    @Test
    void theProposalLeavesOutExactlyTheConflictedInspectorsWithTheirReasons() {
        JsonPath proposal = propose(3).then().statusCode(200).extract().jsonPath();

        // never inspected the gate first (by id), then the one who inspected it in 1993
        List<String> expected = new ArrayList<>(free.stream()
                .sorted(Comparator.comparing(OfficerId::value))
                .map(OfficerId::toString)
                .toList());
        expected.add(inspectedBefore.toString());
        assertThat(proposal.getString("unit"), equalTo(gate.value()));
        assertThat(proposal.getString("on"), equalTo(ON));
        assertThat(proposal.getString("lead"), equalTo(expected.get(0)));
        assertThat(proposal.getString("deputy"), equalTo(expected.get(1)));
        assertThat(proposal.getList("members"), contains(expected.subList(2, 5).toArray()));

        Map<String, List<String>> excluded = excluded(proposal);
        assertThat(
                excluded.keySet(),
                containsInAnyOrder(formerlyPosted.toString(), withRelative.toString(), inspectedLastTime.toString()));
        assertThat(excluded.get(formerlyPosted.toString()), contains("POSTED_AT_TARGET"));
        assertThat(excluded.get(withRelative.toString()), contains("RELATIVE_AT_TARGET"));
        assertThat(excluded.get(inspectedLastTime.toString()), contains("INSPECTED_LAST_TIME"));
        assertThat(
                proposal.getString("excluded.find { it.officerId == '" + formerlyPosted + "' }.refusals[0].reason"),
                equalTo("Posted at unit " + gateTeam + " (under the inspected unit " + gate + ") from 1988-01-01 to"
                        + " 1994-01-31, within the last 3 years (since 1993-03-10)."));
        assertThat(
                proposal.getString("excluded.find { it.officerId == '" + withRelative + "' }.refusals[0].reason"),
                equalTo("Declared a relative working at unit " + gate + "."));
    }

    @Test
    void aTeamTooLargeForTheInspectorsLeftIsRefusedNamingTheRefused() {
        propose(4)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("no-valid-team"))
                .body("detail", containsString("needs 6 inspectors"))
                .body("detail", containsString(withRelative + " (RELATIVE_AT_TARGET)"));
    }

    @Test
    void theTeamOfTheInspectionItselfIsNotThePreviousOne() {
        // proposing again for the last inspection: its own team does not count, the 1993 one is the previous
        JsonPath proposal = TestTokens.as(Roles.INSPECTION_LEAD)
                .queryParam("unit", gate.value())
                .queryParam("on", ON)
                .queryParam("members", 0)
                .queryParam("inspection", lastInspection.toString())
                .get("/api/v1/team-candidates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, List<String>> excluded = excluded(proposal);
        assertThat(excluded.get(inspectedBefore.toString()), contains("INSPECTED_LAST_TIME"));
        assertThat(excluded.get(inspectedLastTime.toString()), contains("INSPECTED_LAST_TIME"));
    }

    @Test
    void oneOfficerIsScreenedWithEveryReason() {
        screen(free.get(1))
                .then()
                .statusCode(200)
                .body("officerId", equalTo(free.get(1).toString()))
                .body("unit", equalTo(gate.value()))
                .body("on", equalTo(ON))
                .body("maySit", equalTo(true))
                .body("refusals", empty());
        screen(clerkAtGate)
                .then()
                .statusCode(200)
                .body("maySit", equalTo(false))
                .body("refusals.code", contains("NOT_AN_INSPECTOR", "POSTED_AT_TARGET"))
                .body("refusals[0].reason", equalTo("Holds no post with the INSPECTION function on " + ON + "."))
                .body("refusals[1].reason", containsString("Posted at unit " + gate + " from 1992-01-01, still open"));
    }

    @Test
    void theScreeningTheAssignmentUsesGivesTheSameRefusals() {
        List<RefusalCode> codes =
                screening.screen(inspectedLastTime.value(), gate.value(), LocalDate.parse(ON), null).stream()
                        .map(Refusal::code)
                        .toList();
        assertThat(codes, contains(RefusalCode.INSPECTED_LAST_TIME));
        assertThat(screening.screen(free.get(2).value(), gate.value(), LocalDate.parse(ON), null), empty());
    }

    @Test
    void onlyStartedInspectionsMakeThePreviousTeam() {
        assertThat(read(() -> previousTeams.ofLastInspectionAt(gate, null)), equalTo(Set.of(inspectedLastTime)));
        assertThat(
                read(() -> previousTeams.ofLastInspectionAt(gate, lastInspection)),
                equalTo(Set.of(inspectedBefore, inspectedLastTime)));
        assertThat(
                read(() -> previousTeams.lastInspectedOn(gate, null)),
                equalTo(Map.of(
                        inspectedBefore, LocalDate.parse("1993-05-03"),
                        inspectedLastTime, LocalDate.parse("1995-06-01"))));
        // the sealed surprise inspection's lead appears in neither
        assertThat(read(() -> previousTeams.lastInspectedOn(gate, null)).keySet(), not(hasItem(free.get(0))));
        assertThat(read(() -> previousTeams.ofLastInspectionAt(gate, lastInspection)), not(hasItem(free.get(0))));
        assertThat(read(() -> previousTeams.ofLastInspectionAt(dept, null)), empty());
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        for (Map.Entry<String, String> bad : Map.of(
                        "on", "10/03/1996",
                        "members", "21",
                        "unit", "huu nghi",
                        "inspection", "not-an-id")
                .entrySet()) {
            Map<String, String> params = new java.util.HashMap<>(Map.of("unit", gate.value()));
            params.put(bad.getKey(), bad.getValue());
            TestTokens.as(Roles.INSPECTION_LEAD)
                    .queryParams(params)
                    .get("/api/v1/team-candidates")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo(bad.getKey()));
        }
        TestTokens.as(Roles.INSPECTION_LEAD)
                .get("/api/v1/team-candidates")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("unit"));
        TestTokens.as(Roles.INSPECTION_LEAD)
                .queryParam(
                        "unit",
                        "NOWHERE_"
                                + UUID.randomUUID().toString().substring(0, 8).toUpperCase())
                .get("/api/v1/team-candidates/" + free.get(0))
                .then()
                .statusCode(404);
    }

    @Test
    void onlyAnInspectionLeadAsks() {
        for (String role : List.of(Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.DASHBOARD, Roles.AUDITOR)) {
            TestTokens.as(role, "officer_id", free.get(0).toString())
                    .queryParam("unit", gate.value())
                    .queryParam("on", ON)
                    .get("/api/v1/team-candidates")
                    .then()
                    .statusCode(403);
            TestTokens.as(role, "officer_id", free.get(0).toString())
                    .queryParam("unit", gate.value())
                    .get("/api/v1/team-candidates/" + free.get(0))
                    .then()
                    .statusCode(403);
        }
    }

    private io.restassured.response.Response propose(int members) {
        return TestTokens.as(Roles.INSPECTION_LEAD)
                .queryParam("unit", gate.value())
                .queryParam("on", ON)
                .queryParam("members", members)
                .get("/api/v1/team-candidates");
    }

    private io.restassured.response.Response screen(OfficerId officer) {
        return TestTokens.as(Roles.INSPECTION_LEAD)
                .queryParam("unit", gate.value())
                .queryParam("on", ON)
                .get("/api/v1/team-candidates/" + officer);
    }

    /** The excluded inspectors of this world (none other should be there) with their refusals' codes. */
    private static Map<String, List<String>> excluded(JsonPath proposal) {
        List<Map<String, Object>> excluded = proposal.getList("excluded");
        return excluded.stream()
                .collect(Collectors.toMap(
                        entry -> (String) entry.get("officerId"),
                        entry -> ((List<?>) entry.get("refusals"))
                                .stream()
                                        .map(refusal -> (String) ((Map<?, ?>) refusal).get("code"))
                                        .toList()));
    }

    private OfficerId inspector(StaffingEvents staffing, String from) {
        OfficerId officer = StaffingEvents.officer();
        staffing.post(officer, dept, "INSPECTOR", "INSPECTION", from);
        return officer;
    }

    /** An inspection of the unit as the inspections' own tables hold it; started when {@code startedOn} is given. */
    private UUID inspection(UnitCode unit, String startedOn, String status, boolean sealed) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "INSERT INTO inspections (id, version, type, basis, unit_code, scope, planned_start,"
                                        + " duration_days, status, sealed, created_at, started_on) VALUES (?1, 0, ?2, 'PLAN', ?3,"
                                        + " 'Uniforms, name badges and conduct', ?4, 10, ?5, ?6, now(), CAST(NULLIF(?7, '') AS date))")
                        .setParameter(1, id)
                        .setParameter(2, sealed ? "SURPRISE" : "THEMATIC")
                        .setParameter(3, unit.value())
                        .setParameter(4, LocalDate.parse(startedOn == null ? "1996-04-01" : startedOn))
                        .setParameter(5, status)
                        .setParameter(6, sealed)
                        .setParameter(7, startedOn == null ? "" : startedOn)
                        .executeUpdate());
        return id;
    }

    private void sitOn(UUID inspection, OfficerId officer, String role) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "INSERT INTO inspection_team (inspection_id, officer_id, role) VALUES (?1, ?2, ?3)")
                        .setParameter(1, inspection)
                        .setParameter(2, officer.value())
                        .setParameter(3, role)
                        .executeUpdate());
    }
}
