package vn.customs.inspections.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.customs.inspections.api.InspectionsWorld.PATH;
import static vn.customs.inspections.api.InspectionsWorld.lead;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.inspections.domain.finding.CorrectiveAction;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.inspection.Schedule;
import vn.customs.inspections.domain.inspection.Team;
import vn.customs.inspections.domain.team.TeamProposal;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestTokens;

/**
 * Bad input to inspections-service gets a 4xx problem+json that says what is wrong, never a 500 nor a stack trace:
 * missing and mistyped fields, unknown enum values and fields, texts and lists over the domain's bounds, malformed
 * dates and ids in bodies, paths and query parameters, stale, malformed or missing If-Match, replayed
 * Idempotency-Keys with another body, transitions in the wrong state, ids that name nothing. Nothing refused here
 * changes anything.
 */
@QuarkusTest
class InspectionsBadInputTest {

    private static final String PROBLEM = "https://customs.example/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    InspectionRepository inspections;

    private static UUID started;
    private static UUID finding;
    private static UUID action;
    private static String gate;

    // ------------------------------------------------------------------------------------------------ proposals

    static Stream<Arguments> badProposals() {
        return Stream.of(
                // missing
                bad("no type", p -> p.remove("type"), 400, "/type"),
                bad("no basis", p -> p.remove("basis"), 400, "/basis"),
                bad("no basis reference", p -> p.remove("basisReference"), 400, "/basisReference"),
                bad("blank basis reference", p -> p.put("basisReference", "  "), 400, "/basisReference"),
                bad("no unit", p -> p.remove("unitCode"), 400, "/unitCode"),
                bad("no scope", p -> p.remove("scope"), 400, "/scope"),
                bad("blank scope", p -> p.put("scope", ""), 400, "/scope"),
                bad("no planned start", p -> p.remove("plannedStart"), 400, "/plannedStart"),
                bad("no duration", p -> p.remove("durationDays"), 400, "/durationDays"),
                // wrong types
                bad("type a number", p -> p.put("type", 7), 400, "/type"),
                bad("duration a word", p -> p.put("durationDays", "five"), 400, "/durationDays"),
                bad("duration a fraction", p -> p.put("durationDays", 2.5), 400, "/durationDays"),
                bad("scope an array", p -> p.putArray("scope").add("a"), 400, "/scope"),
                bad("targets a text", p -> p.put("targetOfficerIds", "all"), 400, "/targetOfficerIds"),
                bad("target no id", p -> p.putArray("targetOfficerIds").add("badge 42"), 400, "/targetOfficerIds/0"),
                bad("target null", p -> p.putArray("targetOfficerIds").addNull(), 400, "/targetOfficerIds/0"),
                // malformed dates
                bad("start no date", p -> p.put("plannedStart", "next Monday"), 400, "/plannedStart"),
                bad("start 13th month", p -> p.put("plannedStart", "2026-13-01"), 400, "/plannedStart"),
                bad("start 30 February", p -> p.put("plannedStart", "2026-02-30"), 400, "/plannedStart"),
                bad("start day first", p -> p.put("plannedStart", "14/12/2026"), 400, "/plannedStart"),
                bad("start with a time", p -> p.put("plannedStart", "2026-12-14T08:00:00Z"), 400, "/plannedStart"),
                // unknown enum values
                bad("unknown type", p -> p.put("type", "RANDOM"), 400, "/type"),
                bad("type in lower case", p -> p.put("type", "thematic"), 400, "/type"),
                bad("unknown basis", p -> p.put("basis", "RUMOUR"), 400, "/basis"),
                // bounds
                bad("reference too long", p -> p.put("basisReference", "x".repeat(65)), 400, "/basisReference"),
                bad("scope too long", p -> p.put("scope", "x".repeat(Inspection.MAX_TEXT + 1)), 400, "/scope"),
                bad("unit too long", p -> p.put("unitCode", "U".repeat(UnitCode.MAX_LENGTH + 1)), 400, "/unitCode"),
                bad("unit in lower case", p -> p.put("unitCode", "huu nghi"), 400, "/unitCode"),
                bad("unit too short", p -> p.put("unitCode", "A"), 400, "/unitCode"),
                bad("no days", p -> p.put("durationDays", 0), 400, "/durationDays"),
                bad("negative days", p -> p.put("durationDays", -3), 400, "/durationDays"),
                bad("too many days", p -> p.put("durationDays", Schedule.MAX_DAYS + 1), 400, "/durationDays"),
                bad("too many targets", p -> targets(p, 21), 400, "/targetOfficerIds"),
                bad("unknown field", p -> p.put("priority", "HIGH"), 400, "/priority"),
                // rules the body cannot express
                bad("thematic on a report", p -> p.put("basis", "REPORT"), 422, null),
                bad("surprise on a plan", p -> p.put("type", "SURPRISE").put("basis", "PLAN"), 422, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProposals")
    void aBadProposalIsRefusedWithThePointerToTheField(
            String name, Consumer<ObjectNode> change, int status, String pointer) {
        ObjectNode proposal = proposal();
        change.accept(proposal);
        Map<String, Object> problem = problem(lead().body(proposal.toString()).post(PATH), status);
        if (pointer != null) {
            assertTrue(pointers(problem).contains(pointer), name + ": " + problem);
        }
    }

    @Test
    void aProposalOfAUnitStaffingNeverOpenedIsRefused() {
        Map<String, Object> problem = problem(
                lead().body(proposal()
                                .put("unitCode", InspectionsWorld.uniqueCode("NEVER"))
                                .toString())
                        .post(PATH),
                422);
        assertEquals(PROBLEM + "unknown-unit", problem.get("type"));
    }

    @Test
    void theBoundsAreTheDomainsAtTheirLimit() {
        ObjectNode proposal = proposal()
                .put("basisReference", "x".repeat(64))
                .put("scope", "x".repeat(Inspection.MAX_TEXT))
                .put("durationDays", Schedule.MAX_DAYS);
        targets(proposal, 20);
        lead().body(proposal.toString()).post(PATH).then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "cut short|{\"type\":\"THEMATIC\",\"basis\":",
                "two documents|{\"type\":\"THEMATIC\"} {\"type\":\"SURPRISE\"}",
                "an array|[{\"type\":\"THEMATIC\"}]",
                "a string|\"THEMATIC\"",
                "nothing|''",
                "single quotes|{'type':'THEMATIC'}",
            })
    void aBodyThatIsNoProposalIsRefused(String name, String body) {
        Response response = lead().body(body).post(PATH);
        problem(response, 400);
    }

    @Test
    void aProposalInAnotherMediaTypeIsRefused() {
        problem(
                TestTokens.as(Roles.INSPECTION_LEAD)
                        .contentType("text/plain")
                        .body("THEMATIC at HUU_NGHI")
                        .post(PATH),
                415);
    }

    // ------------------------------------------------------------------------------------------------ preparation

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "team|{}|/leadOfficerId",
                "team|{\"leadOfficerId\":\"badge-7\"}|/leadOfficerId",
                "team|{\"leadOfficerId\":7}|/leadOfficerId",
                "team|{\"leadOfficerId\":\"00000000-0000-0000-0000-000000000001\",\"deputyOfficerId\":\"x\"}|/deputyOfficerId",
                "team|{\"leadOfficerId\":\"00000000-0000-0000-0000-000000000001\",\"memberOfficerIds\":[\"nobody\"]}|/memberOfficerIds/0",
                "team|{\"leadOfficerId\":\"00000000-0000-0000-0000-000000000001\",\"memberOfficerIds\":\"all\"}|/memberOfficerIds",
                "team|{\"leadOfficerId\":\"00000000-0000-0000-0000-000000000001\",\"observer\":\"x\"}|/observer",
                "schedule|{}|/plannedStart",
                "schedule|{\"plannedStart\":\"2026-02-30\",\"durationDays\":5}|/plannedStart",
                "schedule|{\"plannedStart\":\"tomorrow\",\"durationDays\":5}|/plannedStart",
                "schedule|{\"plannedStart\":\"2026-12-21\",\"durationDays\":0}|/durationDays",
                "schedule|{\"plannedStart\":\"2026-12-21\",\"durationDays\":46}|/durationDays",
                "schedule|{\"plannedStart\":\"2026-12-21\",\"durationDays\":\"a week\"}|/durationDays",
                "decision|{}|/decisionNumber",
                "decision|{\"decisionNumber\":\" \"}|/decisionNumber",
                "decision|{\"decisionNumber\":\"12345678901234567890123456789012345678901\"}|/decisionNumber",
                "decision|{\"decisionNumber\":12}|/decisionNumber",
                "seal-opening|{}|/reason",
                "seal-opening|{\"reason\":\"\"}|/reason",
            })
    void aBadPreparationIsRefusedWithThePointerToTheField(String step, String body, String pointer) {
        UUID inspection = InspectionsWorld.propose("SURPRISE", "DIRECTIVE", "CT-12/2026", gate());
        String path = PATH + "/" + inspection + "/" + step;
        var request = lead().header("If-Match", "\"0\"").body(body);
        Response response = step.equals("team") || step.equals("schedule") ? request.put(path) : request.post(path);
        Map<String, Object> problem = problem(response, 400);
        assertTrue(pointers(problem).contains(pointer), problem.toString());
        InspectionsWorld.lead()
                .get(PATH + "/" + inspection)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"");
    }

    @Test
    void aTeamOverItsSizeIsRefused() {
        UUID inspection = InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-12/2026", gate());
        UUID[] members = new UUID[Team.MAX_SIZE - 1];
        for (int i = 0; i < members.length; i++) {
            members[i] = UUID.randomUUID();
        }
        Map<String, Object> problem = problem(
                lead().header("If-Match", "\"0\"")
                        .body(InspectionsWorld.team(UUID.randomUUID(), UUID.randomUUID(), members))
                        .put(PATH + "/" + inspection + "/team"),
                400);
        assertTrue(pointers(problem).contains("/memberOfficerIds"), problem.toString());
    }

    @Test
    void aReasonOverItsLimitIsRefused() {
        UUID inspection = InspectionsWorld.propose("SURPRISE", "DIRECTIVE", "CT-12/2026", gate());
        ObjectNode reason = JSON.createObjectNode().put("reason", "x".repeat(Inspection.MAX_REASON + 1));
        Map<String, Object> problem = problem(
                lead().header("If-Match", "\"0\"")
                        .body(reason.toString())
                        .post(PATH + "/" + inspection + "/seal-opening"),
                400);
        assertTrue(pointers(problem).contains("/reason"), problem.toString());
    }

    // ------------------------------------------------------------------------------------------------ fieldwork

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "extension|{\"days\":0,\"reason\":\"More counters\"}|/days",
                "extension|{\"days\":46,\"reason\":\"More counters\"}|/days",
                "extension|{\"days\":\"ten\",\"reason\":\"More counters\"}|/days",
                "extension|{\"days\":2}|/reason",
                "extension|{\"days\":2,\"reason\":\"  \"}|/reason",
                "conclusion|{}|/conclusion",
                "conclusion|{\"conclusion\":\"\"}|/conclusion",
                "conclusion|{\"conclusion\":[\"fine\"]}|/conclusion",
                "conclusion|{\"conclusion\":\"fine\",\"outcome\":\"GOOD\"}|/outcome",
            })
    void aBadFieldworkStepIsRefusedWithThePointerToTheField(String step, String body, String pointer) {
        Map<String, Object> problem =
                problem(lead().header("If-Match", "\"0\"").body(body).post(PATH + "/" + started() + "/" + step), 400);
        assertTrue(pointers(problem).contains(pointer), problem.toString());
    }

    @Test
    void fieldworkTextsOverTheirLimitsAreRefused() {
        Map<String, String> bodies = Map.of(
                "extension",
                        JSON.createObjectNode()
                                .put("days", 2)
                                .put("reason", "x".repeat(Inspection.MAX_REASON + 1))
                                .toString(),
                "conclusion",
                        JSON.createObjectNode()
                                .put("conclusion", "x".repeat(Inspection.MAX_CONCLUSION + 1))
                                .toString());
        bodies.forEach((step, body) -> {
            Map<String, Object> problem = problem(
                    lead().header("If-Match", "\"0\"").body(body).post(PATH + "/" + started() + "/" + step), 400);
            assertFalse(pointers(problem).isEmpty(), step + ": " + problem);
        });
    }

    // ------------------------------------------------------------------------------------------------ findings

    static Stream<Arguments> badFindings() {
        return Stream.of(
                bad("no category", f -> f.remove("category"), 400, "/category"),
                bad("unknown category", f -> f.put("category", "THEFT"), 400, "/category"),
                bad("no severity", f -> f.remove("severity"), 400, "/severity"),
                bad("unknown severity", f -> f.put("severity", "FATAL"), 400, "/severity"),
                bad("severity a number", f -> f.put("severity", 3), 400, "/severity"),
                bad("officer no id", f -> f.put("officerId", "badge 42"), 400, "/officerId"),
                bad("no violation date", f -> f.remove("violationDate"), 400, "/violationDate"),
                bad("violation no date", f -> f.put("violationDate", "yesterday"), 400, "/violationDate"),
                bad("violation 31 April", f -> f.put("violationDate", "2026-04-31"), 400, "/violationDate"),
                bad("no evidence", f -> f.remove("evidence"), 400, "/evidence"),
                bad("blank evidence", f -> f.put("evidence", " "), 400, "/evidence"),
                bad(
                        "evidence too long",
                        f -> f.put("evidence", "x".repeat(Finding.MAX_EVIDENCE + 1)),
                        400,
                        "/evidence"),
                bad("declaration no id", f -> f.put("declarationId", "10-ABC"), 400, "/declarationId"),
                bad("unknown field", f -> f.put("recordedBy", "someone else"), 400, "/recordedBy"),
                bad(
                        "violation in the future",
                        f -> f.put("violationDate", LocalDate.now().plusDays(10).toString()),
                        422,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFindings")
    void aBadFindingIsRefusedWithThePointerToTheField(
            String name, Consumer<ObjectNode> change, int status, String pointer) {
        ObjectNode body = findingBody();
        change.accept(body);
        Map<String, Object> problem =
                problem(lead().body(body.toString()).post(PATH + "/" + started() + "/findings"), status);
        if (pointer != null) {
            assertTrue(pointers(problem).contains(pointer), name + ": " + problem);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}|/description",
                "{\"description\":\" \",\"ownerOfficerId\":\"00000000-0000-0000-0000-000000000001\",\"dueDate\":\"2030-01-01\"}|/description",
                "{\"description\":\"Badges\",\"dueDate\":\"2030-01-01\"}|/ownerOfficerId",
                "{\"description\":\"Badges\",\"ownerOfficerId\":\"head of the gate\",\"dueDate\":\"2030-01-01\"}|/ownerOfficerId",
                "{\"description\":\"Badges\",\"ownerOfficerId\":\"00000000-0000-0000-0000-000000000001\"}|/dueDate",
                "{\"description\":\"Badges\",\"ownerOfficerId\":\"00000000-0000-0000-0000-000000000001\",\"dueDate\":\"end of month\"}|/dueDate",
                "{\"description\":\"Badges\",\"ownerOfficerId\":\"00000000-0000-0000-0000-000000000001\",\"dueDate\":\"2030-01-01\",\"status\":\"DONE\"}|/status",
            })
    void aBadCorrectiveActionIsRefusedWithThePointerToTheField(String body, String pointer) {
        Map<String, Object> problem =
                problem(lead().body(body).post("/api/v1/findings/" + finding() + "/corrective-actions"), 400);
        assertTrue(pointers(problem).contains(pointer), problem.toString());
    }

    @Test
    void aCorrectiveActionOverItsLimitOrDueInThePastIsRefused() {
        String tooLong = JSON.createObjectNode()
                .put("description", "x".repeat(CorrectiveAction.MAX_DESCRIPTION + 1))
                .put("ownerOfficerId", UUID.randomUUID().toString())
                .put("dueDate", "2030-01-01")
                .toString();
        Map<String, Object> problem =
                problem(lead().body(tooLong).post("/api/v1/findings/" + finding() + "/corrective-actions"), 400);
        assertTrue(pointers(problem).contains("/description"), problem.toString());
        String past = JSON.createObjectNode()
                .put("description", "Badges")
                .put("ownerOfficerId", UUID.randomUUID().toString())
                .put("dueDate", LocalDate.now().minusDays(1).toString())
                .toString();
        problem = problem(lead().body(past).post("/api/v1/findings/" + finding() + "/corrective-actions"), 422);
        assertEquals(PROBLEM + "due-date-past", problem.get("type"));
    }

    // ------------------------------------------------------------------------------------------------ queries

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "type=RANDOM,type",
        "status=LOST,status",
        "unit=huu_nghi,unit",
        "from=2026-13-01,from",
        "from=yesterday,from",
        "to=2026-02-30,to",
        "to=14/12/2026,to",
        "limit=0,limit",
        "limit=201,limit",
        "limit=ten,limit",
        "cursor=garbage,cursor",
    })
    void aBadInspectionListParameterIsRefusedNamingIt(String query, String parameter) {
        Map<String, Object> problem = problem(lead().get(PATH + "?" + query), 400);
        assertTrue(parameters(problem).contains(parameter), problem.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"status=LOST,status", "unit=lower_case,unit", "limit=-1,limit", "cursor=%%%,cursor"})
    void aBadCorrectiveActionListParameterIsRefusedNamingIt(String query, String parameter) {
        Map<String, Object> problem = problem(lead().get("/api/v1/corrective-actions?" + query), 400);
        assertTrue(parameters(problem).contains(parameter), problem.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/team-candidates|unit",
                "/api/v1/team-candidates?unit=huu nghi|unit",
                "/api/v1/team-candidates?unit=HUU_NGHI&on=2026-02-30|on",
                "/api/v1/team-candidates?unit=HUU_NGHI&on=today|on",
                "/api/v1/team-candidates?unit=HUU_NGHI&members=-1|members",
                "/api/v1/team-candidates?unit=HUU_NGHI&members=21|members",
                "/api/v1/team-candidates?unit=HUU_NGHI&members=two|members",
                "/api/v1/team-candidates?unit=HUU_NGHI&inspection=not-a-uuid|inspection",
                "/api/v1/team-candidates/00000000-0000-0000-0000-000000000001|unit",
                "/api/v1/team-candidates/00000000-0000-0000-0000-000000000001?unit=HUU_NGHI&on=31.12.2026|on",
                "/api/v1/team-candidates/00000000-0000-0000-0000-000000000001?unit=HUU_NGHI&inspection=42|inspection",
            })
    void aBadTeamCandidatesParameterIsRefusedNamingIt(String path, String parameter) {
        Map<String, Object> problem = problem(lead().get(path), 400);
        assertTrue(parameters(problem).contains(parameter), problem.toString());
    }

    @Test
    void theMembersBoundIsTheDomains() {
        Response response =
                lead().get("/api/v1/team-candidates?unit=HUU_NGHI&members=" + (TeamProposal.MAX_MEMBERS + 1));
        assertTrue(parameters(problem(response, 400)).contains("members"));
    }

    // ------------------------------------------------------------------------------------------------ plans, draws

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/inspection-plans|{\"title\":\"Q1\"}|/year",
                "/api/v1/inspection-plans|{\"year\":1999,\"title\":\"Q1\"}|/year",
                "/api/v1/inspection-plans|{\"year\":\"this year\",\"title\":\"Q1\"}|/year",
                "/api/v1/inspection-plans|{\"year\":2026,\"quarter\":5,\"title\":\"Q5\"}|/quarter",
                "/api/v1/inspection-plans|{\"year\":2026}|/title",
                "/api/v1/inspection-plans|{\"year\":2026,\"title\":\"Q1\",\"entries\":[{\"unitCode\":\"HUU_NGHI\",\"theme\":\"GOSSIP\",\"plannedStart\":\"2026-02-02\",\"durationDays\":5}]}|/entries/0/theme",
                "/api/v1/inspection-plans|{\"year\":2026,\"title\":\"Q1\",\"entries\":[{\"unitCode\":\"HUU_NGHI\",\"theme\":\"CONDUCT\",\"plannedStart\":\"2026-02-30\",\"durationDays\":5}]}|/entries/0/plannedStart",
                "/api/v1/inspection-plans|{\"year\":2026,\"title\":\"Q1\",\"entries\":[{\"unitCode\":\"huu nghi\",\"theme\":\"CONDUCT\",\"plannedStart\":\"2026-02-02\",\"durationDays\":5}]}|/entries/0/unitCode",
                "/api/v1/inspection-plans|{\"year\":2026,\"title\":\"Q1\",\"entries\":[{\"unitCode\":\"HUU_NGHI\",\"theme\":\"CONDUCT\",\"plannedStart\":\"2026-02-02\",\"durationDays\":46}]}|/entries/0/durationDays",
                "/api/v1/draws|{}|/size",
                "/api/v1/draws|{\"size\":0}|/size",
                "/api/v1/draws|{\"size\":\"two\"}|/size",
                "/api/v1/draws|{\"size\":1,\"candidates\":[\"huu nghi\"]}|/candidates/0",
                "/api/v1/draws|{\"size\":1,\"seed\":\"mine\"}|/seed",
                "/api/v1/draw-verifications|{}|/seed",
            })
    void aBadPlanOrDrawIsRefusedWithThePointerToTheField(String path, String body, String pointer) {
        Map<String, Object> problem = problem(lead().body(body).post(path), 400);
        assertTrue(pointers(problem).contains(pointer), problem.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/inspection-plans?year=twenty,year",
        "/api/v1/inspection-plans?year=1999,year",
        "/api/v1/inspection-plans?status=SHELVED,status",
        "/api/v1/inspection-plans?limit=0,limit",
        "/api/v1/inspection-statistics?from=2026-13-01,from",
        "/api/v1/inspection-statistics?to=yesterday,to",
        "/api/v1/inspection-statistics?from=2026-06-01&to=2026-01-01,from",
        "/api/v1/inspection-statistics?from=2025-01-01&to=2026-06-30,to",
        "/api/v1/inspection-statistics?unit=huu_nghi,unit",
        "/api/v1/draws?cursor=garbage,cursor",
    })
    void aBadPlanStatisticsOrDrawParameterIsRefusedNamingIt(String path, String parameter) {
        Map<String, Object> problem = problem(lead().get(path), 400);
        assertTrue(parameters(problem).contains(parameter), problem.toString());
    }

    @Test
    void aPlanOrDrawThatDoesNotExistIsNotFound() {
        UUID nothing = UUID.randomUUID();
        problem(lead().get("/api/v1/inspection-plans/" + nothing), 404);
        problem(lead().header("If-Match", "\"0\"").post("/api/v1/inspection-plans/" + nothing + "/approval"), 404);
        problem(lead().get("/api/v1/draws/" + nothing), 404);
        problem(given().get("/api/v1/draws/" + nothing + "/published"), 404);
        problem(lead().header("If-Match", "\"0\"").post("/api/v1/draws/" + nothing + "/revelation"), 404);
    }

    // ------------------------------------------------------------------------------------------------ ETags

    @Test
    void aChangeNeedsTheCurrentETagAndNothingChangesWithoutIt() {
        UUID inspection = InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-13/2026", gate());
        String schedule = PATH + "/" + inspection + "/schedule";
        String body = "{\"plannedStart\":\"2026-12-28\",\"durationDays\":7}";
        Map<String, Object> missing = problem(lead().body(body).put(schedule), 428);
        assertEquals(PROBLEM + "precondition-required", missing.get("type"));
        assertTrue(parameters(missing).contains("If-Match"), missing.toString());
        Map<String, Object> stale =
                problem(lead().header("If-Match", "\"999\"").body(body).put(schedule), 412);
        assertTrue(parameters(stale).contains("If-Match"), stale.toString());
        problem(lead().header("If-Match", "W/\"0\"").body(body).put(schedule), 412);
        Map<String, Object> malformed =
                problem(lead().header("If-Match", "0").body(body).put(schedule), 400);
        assertTrue(parameters(malformed).contains("If-Match"), malformed.toString());
        problem(lead().header("If-Match", " ").body(body).put(schedule), 428);
        // nothing changed: still version 0, still the first planned start
        lead().get(PATH + "/" + inspection)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("schedule.plannedStart", org.hamcrest.Matchers.not("2026-12-28"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"start", "fieldwork-end", "follow-up", "closure"})
    void aBareTransitionWithoutIfMatchIsPreconditionRequiredAndStaleIsPreconditionFailed(String step) {
        String path = PATH + "/" + started() + "/" + step;
        problem(lead().post(path), 428);
        problem(lead().header("If-Match", "\"999\"").post(path), 412);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"start", "completion", "verification"})
    void aCorrectiveActionTransitionNeedsTheCurrentETag(String step) {
        String path = "/api/v1/corrective-actions/" + action() + "/" + step;
        problem(lead().post(path), 428);
        problem(lead().header("If-Match", "\"999\"").post(path), 412);
        problem(lead().header("If-Match", "zero").post(path), 400);
        lead().get("/api/v1/corrective-actions/" + action())
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", org.hamcrest.Matchers.equalTo("OPEN"));
    }

    // ------------------------------------------------------------------------------------------------ replays

    @Test
    void aReplayedProposalGetsTheSameAnswerAndAnotherBodyUnderItsKeyIsRefused() {
        String key = UUID.randomUUID().toString();
        String body = proposal().toString();
        Response first = lead().header("Idempotency-Key", key).body(body).post(PATH);
        assertEquals(201, first.statusCode(), first.asString());
        Response replay = lead().header("Idempotency-Key", key).body(body).post(PATH);
        assertEquals(201, replay.statusCode(), replay.asString());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getString("id"), replay.jsonPath().getString("id"));
        assertEquals(first.header("Location"), replay.header("Location"));
        Map<String, Object> reused = problem(
                lead().header("Idempotency-Key", key)
                        .body(proposal().put("durationDays", 9).toString())
                        .post(PATH),
                422);
        assertEquals(PROBLEM + "idempotency-key-reused", reused.get("type"));
        assertTrue(parameters(reused).contains("Idempotency-Key"), reused.toString());
        // the same key on another endpoint is another request too
        problem(
                lead().header("Idempotency-Key", key)
                        .body(findingBody().toString())
                        .post(PATH + "/" + started() + "/findings"),
                422);
    }

    @Test
    void aReplayedFindingIsRecordedOnceAndAnotherBodyUnderItsKeyIsRefused() {
        String key = UUID.randomUUID().toString();
        String path = PATH + "/" + started() + "/findings";
        Response first = lead().header("Idempotency-Key", key)
                .body(findingBody().toString())
                .post(path);
        assertEquals(201, first.statusCode(), first.asString());
        Response replay = lead().header("Idempotency-Key", key)
                .body(findingBody().toString())
                .post(path);
        assertEquals(201, replay.statusCode(), replay.asString());
        assertEquals(first.jsonPath().getString("id"), replay.jsonPath().getString("id"));
        Map<String, Object> reused = problem(
                lead().header("Idempotency-Key", key)
                        .body(findingBody().put("severity", "REMINDER").toString())
                        .post(path),
                422);
        assertEquals(PROBLEM + "idempotency-key-reused", reused.get("type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badKeys")
    void anIdempotencyKeyThatIsNoKeyIsRefused(String name, String key) {
        Map<String, Object> problem = problem(
                lead().header("Idempotency-Key", key)
                        .body(proposal().toString())
                        .post(PATH),
                400);
        assertTrue(parameters(problem).contains("Idempotency-Key"), name + ": " + problem);
    }

    static Stream<Arguments> badKeys() {
        return Stream.of(Arguments.of("too long", "k".repeat(256)), Arguments.of("with a space", "my key"));
    }

    // ------------------------------------------------------------------------------------------------ states

    @Test
    void aStepInTheWrongStateIsAConflictAndChangesNothing() {
        UUID draft = InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-14/2026", gate());
        for (String step : List.of("start", "fieldwork-end", "follow-up", "closure")) {
            Map<String, Object> problem =
                    problem(lead().header("If-Match", "\"0\"").post(PATH + "/" + draft + "/" + step), 409);
            assertNotEquals(PROBLEM + "internal-error", problem.get("type"), step);
        }
        problem(
                lead().header("If-Match", "\"0\"")
                        .body("{\"conclusion\":\"Nothing found\"}")
                        .post(PATH + "/" + draft + "/conclusion"),
                409);
        problem(lead().body(findingBody().toString()).post(PATH + "/" + draft + "/findings"), 409);
        lead().get(PATH + "/" + draft).then().statusCode(200).header("ETag", "\"0\"");
    }

    // ------------------------------------------------------------------------------------------------ unknown ids

    @Test
    void anInspectionThatDoesNotExistIsNotFound() {
        String nothing = PATH + "/" + UUID.randomUUID();
        problem(lead().get(nothing), 404);
        problem(lead().get(nothing + "/findings"), 404);
        problem(lead().body(findingBody().toString()).post(nothing + "/findings"), 404);
        problem(
                lead().header("If-Match", "\"0\"")
                        .body(InspectionsWorld.team(UUID.randomUUID(), null))
                        .put(nothing + "/team"),
                404);
        problem(
                lead().header("If-Match", "\"0\"")
                        .body("{\"plannedStart\":\"2026-12-21\",\"durationDays\":5}")
                        .put(nothing + "/schedule"),
                404);
        problem(
                lead().header("If-Match", "\"0\"")
                        .body("{\"decisionNumber\":\"QD-1\"}")
                        .post(nothing + "/decision"),
                404);
        problem(
                lead().header("If-Match", "\"0\"")
                        .body("{\"days\":2,\"reason\":\"More counters\"}")
                        .post(nothing + "/extension"),
                404);
        problem(
                lead().header("If-Match", "\"0\"")
                        .body("{\"conclusion\":\"Nothing found\"}")
                        .post(nothing + "/conclusion"),
                404);
        problem(lead().header("If-Match", "\"0\"").body("{\"reason\":\"Told\"}").post(nothing + "/seal-opening"), 404);
        for (String step : List.of("start", "fieldwork-end", "follow-up", "closure")) {
            problem(lead().header("If-Match", "\"0\"").post(nothing + "/" + step), 404);
        }
        for (String role : List.of(Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD)) {
            problem(InspectionsWorld.as(role).get(nothing), 404);
        }
    }

    @Test
    void aFindingOrActionThatDoesNotExistIsNotFound() {
        UUID nothing = UUID.randomUUID();
        problem(lead().get("/api/v1/findings/" + nothing), 404);
        problem(
                lead().body("{\"description\":\"Badges\",\"ownerOfficerId\":\"" + UUID.randomUUID()
                                + "\",\"dueDate\":\"2030-01-01\"}")
                        .post("/api/v1/findings/" + nothing + "/corrective-actions"),
                404);
        problem(lead().get("/api/v1/corrective-actions/" + nothing), 404);
        for (String step : List.of("start", "completion", "verification")) {
            problem(lead().header("If-Match", "\"0\"").post("/api/v1/corrective-actions/" + nothing + "/" + step), 404);
        }
    }

    @Test
    void aUnitStaffingNeverAnnouncedIsNotFoundForTheTeam() {
        String never = InspectionsWorld.uniqueCode("NEVER");
        problem(lead().get("/api/v1/team-candidates?unit=" + never), 404);
        problem(lead().get("/api/v1/team-candidates/" + UUID.randomUUID() + "?unit=" + never), 404);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET,/api/v1/inspections/not-a-uuid",
        "GET,/api/v1/inspections/1234/findings",
        "POST,/api/v1/inspections/not-a-uuid/findings",
        "PUT,/api/v1/inspections/not-a-uuid/team",
        "POST,/api/v1/inspections/00000000-0000-0000-0000-00000000000g/decision",
        "POST,/api/v1/inspections/not-a-uuid/start",
        "GET,/api/v1/findings/not-a-uuid",
        "POST,/api/v1/findings/not-a-uuid/corrective-actions",
        "GET,/api/v1/corrective-actions/not-a-uuid",
        "POST,/api/v1/corrective-actions/not-a-uuid/start",
        "GET,/api/v1/team-candidates/not-a-uuid?unit=HUU_NGHI",
    })
    void anIdThatIsNoIdIsAProblemNeverAnError(String method, String path) {
        Response response = lead().header("If-Match", "\"0\"").body("{}").request(method, path);
        // the platform answers a path id that is no UUID as a path that names nothing: the same 404 not-found as
        // an unknown id (the runtime cannot convert it, so no resource method runs), never a 500
        Map<String, Object> problem = problem(response, 404);
        assertEquals(PROBLEM + "not-found", problem.get("type"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Arguments bad(String name, Consumer<ObjectNode> change, int status, String pointer) {
        return Arguments.of(name, change, status, pointer);
    }

    /** A valid proposal of a THEMATIC inspection on a directive. */
    private static ObjectNode proposal() {
        return JSON.createObjectNode()
                .put("type", "THEMATIC")
                .put("basis", "DIRECTIVE")
                .put("basisReference", "CT-15/2026")
                .put("unitCode", gate())
                .put("scope", "Conduct, name badges and uniforms of the officers on duty")
                .put("plannedStart", "2026-12-14")
                .put("durationDays", 5);
    }

    private static void targets(ObjectNode proposal, int count) {
        ArrayNode targets = proposal.putArray("targetOfficerIds");
        for (int i = 0; i < count; i++) {
            targets.add(UUID.randomUUID().toString());
        }
    }

    /** A valid REMINDER finding on 10 March 2026. */
    private static ObjectNode findingBody() {
        return JSON.createObjectNode()
                .put("category", "UNIFORM")
                .put("severity", "CORRECTIVE")
                .put("violationDate", "2026-03-10")
                .put("evidence", "Seen by the team at counter 2 on the morning shift.");
    }

    /**
     * Asserts a problem+json answer with the status, never a 500 nor a stack trace, and returns it.
     */
    private static Map<String, Object> problem(Response response, int status) {
        String body = response.asString();
        assertNotEquals(500, response.statusCode(), body);
        assertEquals(status, response.statusCode(), body);
        assertTrue(
                String.valueOf(response.contentType()).startsWith("application/problem+json"),
                response.contentType() + ": " + body);
        for (String trace : List.of("Exception", "\tat ", ".java:", "org.hibernate", "com.fasterxml")) {
            assertFalse(body.contains(trace), "a stack trace or class name in " + body);
        }
        Map<String, Object> problem = response.jsonPath().getMap("");
        assertEquals(status, ((Number) problem.get("status")).intValue(), body);
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static List<String> pointers(Map<String, Object> problem) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.getOrDefault("errors", List.of());
        return errors.stream().map(e -> String.valueOf(e.get("pointer"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> parameters(Map<String, Object> problem) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.getOrDefault("errors", List.of());
        return errors.stream().map(e -> String.valueOf(e.get("parameter"))).toList();
    }

    private static synchronized String gate() {
        if (gate == null) {
            String opened = InspectionsWorld.openGate();
            // proposals of it are taken once staffing's UnitOpened has arrived: the first one waits for it
            InspectionsWorld.propose("THEMATIC", "DIRECTIVE", "CT-16/2026", opened);
            gate = opened;
        }
        return gate;
    }

    private synchronized UUID started() {
        if (started == null) {
            started = InspectionsWorld.startedThematic(inspections, gate(), UUID.randomUUID(), UUID.randomUUID());
        }
        return started;
    }

    private synchronized UUID finding() {
        if (finding == null) {
            finding = InspectionsWorld.correctiveFinding(started());
        }
        return finding;
    }

    private synchronized UUID action() {
        if (action == null) {
            action = InspectionsWorld.correctiveAction(finding(), UUID.randomUUID());
        }
        return action;
    }
}
