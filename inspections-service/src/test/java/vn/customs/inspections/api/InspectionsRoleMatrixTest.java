package vn.customs.inspections.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.customs.inspections.api.InspectionsWorld.PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.RoleMatrix;
import vn.customs.testkit.TestTokens;

/**
 * Every operation of inspections-service, its own and the platform's, against every role of the suite and no token,
 * on objects that exist and every reader may see: a started THEMATIC inspection, a CORRECTIVE finding on it, a
 * corrective action ordered by it (owned by the officer every matrix token names), a gate staffing announced with two
 * inspectors, a draft plan, a draw (a lead's own until revealed: 404 to every other role, which the endpoint lets in so
 * that nobody learns more from a 403). An allowed role gets the exact answer listed (reads 200; changes are refused for their body, 400, or
 * for a missing If-Match, 428: no call here changes anything); every other role 403 problem+json of type forbidden;
 * no token 401. A sealed surprise inspection answers 404, the unknown id's answer, to every non-lead reader of an
 * endpoint that takes its id, and 403 to a role the endpoint refuses whatever the id.
 */
@QuarkusTest
class InspectionsRoleMatrixTest {

    private static final String LEAD = Roles.INSPECTION_LEAD;
    private static final String[] READERS = {LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD};
    private static final String[] FINDING_READERS = {LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR};
    private static final String[] TEAM = {LEAD, Roles.INSPECTOR};
    private static final String PLANS = "/api/v1/inspection-plans";
    private static final String PLAN_ENTRY =
            "{\"unitCode\":\"HUU_NGHI\",\"theme\":\"CONDUCT\",\"plannedStart\":\"2026-02-02\",\"durationDays\":5}";
    private static final String[] EVERY_ROLE = RoleMatrix.ROLES.toArray(String[]::new);

    /** A public endpoint: no role needed, no token either. */
    private static final String[] EVERYONE = {};

    private static final String[] ACTION_OWNERS = {LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.OFFICER};

    /** The officer every token of the matrix names: the owner of the corrective action. */
    private static final UUID OFFICER = UUID.randomUUID();

    /** Roles that must never learn of a sealed inspection. */
    private static final List<String> OUTSIDERS =
            List.of(Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.DASHBOARD, Roles.AUDITOR);

    /** A status of an allowed role that is not pinned: past the role check, never a refusal or an error. */
    private static final int ANY = 0;

    private static final String PROBLEM = "https://customs.example/problems/";

    private static World world;

    @Inject
    InspectionRepository inspections;

    /**
     * One operation as the OpenAPI document names it; {@code expect} is the status of every allowed role ({@link #ANY}
     * when not pinned); {@code body} is sent as JSON when not null.
     */
    record Endpoint(
            String operationId,
            String method,
            String template,
            String body,
            int expect,
            int otherThanALead,
            String... allowed) {

        static Endpoint of(String operationId, String method, String template, int expect, String... allowed) {
            return new Endpoint(operationId, method, template, null, expect, expect, allowed);
        }

        Endpoint withBody(String json) {
            return new Endpoint(operationId, method, template, json, expect, otherThanALead, allowed);
        }

        /** The answer of an allowed role other than INSPECTION_LEAD, when it differs (a lead's object: 404). */
        Endpoint otherwise(int status) {
            return new Endpoint(operationId, method, template, body, expect, status, allowed);
        }

        int expectFor(String role) {
            return role.equals(LEAD) ? expect : otherThanALead;
        }

        String key() {
            return method + " " + template;
        }

        /** Public: every role and no token get the same answer. */
        boolean everyone() {
            return allowed.length == 0;
        }

        boolean takesAnInspection() {
            return template.startsWith(PATH + "/{id}");
        }

        @Override
        public String toString() {
            return operationId + ": " + key() + " " + (everyone() ? "(public)" : Arrays.toString(allowed)) + " -> "
                    + expect + (otherThanALead == expect ? "" : ", others " + otherThanALead);
        }
    }

    static List<Endpoint> endpoints() {
        String inspection = PATH + "/{id}";
        return List.of(
                // inspections
                Endpoint.of("proposeInspection", "POST", PATH, 400, LEAD).withBody("{}"),
                Endpoint.of("listInspections", "GET", PATH, 200, READERS),
                Endpoint.of("getInspection", "GET", inspection, 200, READERS),
                Endpoint.of("assignInspectionTeam", "PUT", inspection + "/team", 400, LEAD)
                        .withBody("{}"),
                Endpoint.of("rescheduleInspection", "PUT", inspection + "/schedule", 400, LEAD)
                        .withBody("{}"),
                Endpoint.of("decideInspection", "POST", inspection + "/decision", 400, LEAD)
                        .withBody("{}"),
                Endpoint.of("startInspection", "POST", inspection + "/start", 428, LEAD),
                Endpoint.of("extendInspection", "POST", inspection + "/extension", 400, LEAD)
                        .withBody("{}"),
                Endpoint.of("endInspectionFieldwork", "POST", inspection + "/fieldwork-end", 428, LEAD),
                Endpoint.of("concludeInspection", "POST", inspection + "/conclusion", 400, LEAD)
                        .withBody("{}"),
                Endpoint.of("beginInspectionFollowUp", "POST", inspection + "/follow-up", 428, LEAD),
                Endpoint.of("closeInspection", "POST", inspection + "/closure", 428, LEAD),
                Endpoint.of("openInspectionSeal", "POST", inspection + "/seal-opening", 400, LEAD)
                        .withBody("{}"),
                // findings and corrective actions
                Endpoint.of("recordFinding", "POST", inspection + "/findings", 400, TEAM)
                        .withBody("{}"),
                Endpoint.of("listFindings", "GET", inspection + "/findings", 200, FINDING_READERS),
                Endpoint.of("getFinding", "GET", "/api/v1/findings/{findingId}", 200, FINDING_READERS),
                Endpoint.of(
                                "orderCorrectiveAction",
                                "POST",
                                "/api/v1/findings/{findingId}/corrective-actions",
                                400,
                                TEAM)
                        .withBody("{}"),
                Endpoint.of("listCorrectiveActions", "GET", "/api/v1/corrective-actions", 200, FINDING_READERS),
                Endpoint.of(
                        "getCorrectiveAction",
                        "GET",
                        "/api/v1/corrective-actions/{actionId}",
                        200,
                        LEAD,
                        Roles.INSPECTOR,
                        Roles.UNIT_HEAD,
                        Roles.AUDITOR,
                        Roles.OFFICER),
                Endpoint.of(
                        "startCorrectiveAction",
                        "POST",
                        "/api/v1/corrective-actions/{actionId}/start",
                        428,
                        ACTION_OWNERS),
                Endpoint.of(
                        "completeCorrectiveAction",
                        "POST",
                        "/api/v1/corrective-actions/{actionId}/completion",
                        428,
                        ACTION_OWNERS),
                Endpoint.of(
                        "verifyCorrectiveAction",
                        "POST",
                        "/api/v1/corrective-actions/{actionId}/verification",
                        428,
                        LEAD),
                // thematic plans and statistics
                Endpoint.of("draftInspectionPlan", "POST", PLANS, 400, LEAD).withBody("{}"),
                Endpoint.of("listInspectionPlans", "GET", PLANS, 200, READERS),
                Endpoint.of("getInspectionPlan", "GET", PLANS + "/{planId}", 200, READERS),
                Endpoint.of("addInspectionPlanEntry", "POST", PLANS + "/{planId}/entries", 428, LEAD)
                        .withBody(PLAN_ENTRY),
                Endpoint.of("removeInspectionPlanEntry", "DELETE", PLANS + "/{planId}/entries/{entryId}", 428, LEAD),
                Endpoint.of("approveInspectionPlan", "POST", PLANS + "/{planId}/approval", 428, LEAD),
                Endpoint.of("getInspectionStatistics", "GET", "/api/v1/inspection-statistics", 200, READERS),
                // draws: a lead's until revealed; every other role is let in to learn that it does not exist
                Endpoint.of("commitDraw", "POST", "/api/v1/draws", 400, LEAD).withBody("{}"),
                Endpoint.of("listDraws", "GET", "/api/v1/draws", 200, LEAD),
                Endpoint.of("getDraw", "GET", "/api/v1/draws/{drawId}", 200, EVERY_ROLE)
                        .otherwise(404),
                Endpoint.of("revealDraw", "POST", "/api/v1/draws/{drawId}/revelation", 428, EVERY_ROLE),
                // not revealed yet: the same 404 as an unknown id, to everyone, no token needed
                Endpoint.of("getPublishedDraw", "GET", "/api/v1/draws/{drawId}/published", 404, EVERYONE),
                Endpoint.of("getPublicInspectionFigures", "GET", "/api/v1/public-figures", 200, EVERYONE),
                Endpoint.of("verifyDraw", "POST", "/api/v1/draw-verifications", 400, EVERYONE)
                        .withBody("{}"),
                // team candidates
                Endpoint.of("proposeTeam", "GET", "/api/v1/team-candidates?unit={unit}&members=0", 200, LEAD),
                Endpoint.of("screenTeamCandidate", "GET", "/api/v1/team-candidates/{officerId}?unit={unit}", 200, LEAD),
                // the platform's own
                Endpoint.of("listAuditEntries", "GET", "/api/v1/audit-entries", 200, Roles.AUDITOR),
                Endpoint.of("verifyAuditTrail", "GET", "/api/v1/audit-entries/verification", 200, Roles.AUDITOR),
                Endpoint.of("listPublishedEvents", "GET", "/api/v1/events", 200, Roles.INTEGRATION, Roles.AUDITOR),
                Endpoint.of("listEventConsumers", "GET", "/api/v1/consumers", 200, Roles.INTEGRATION, Roles.AUDITOR),
                Endpoint.of(
                        "replayDeadLetters",
                        "POST",
                        "/api/v1/consumers/no-such-consumer/dead-letter-replays",
                        404,
                        Roles.INTEGRATION),
                Endpoint.of(
                        "listParkedEvents",
                        "GET",
                        "/api/v1/outbox/parked-events",
                        200,
                        Roles.INTEGRATION,
                        Roles.AUDITOR),
                Endpoint.of(
                        "discardParkedEvent",
                        "DELETE",
                        "/api/v1/outbox/parked-events/999999999",
                        404,
                        Roles.INTEGRATION),
                Endpoint.of(
                        "requeueParkedEvent",
                        "POST",
                        "/api/v1/outbox/parked-events/999999999/requeue",
                        404,
                        Roles.INTEGRATION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachRoleGetsTheAnswerOfItsRightsOnObjectsItMaySee(Endpoint endpoint) {
        World world = world();
        String path = concrete(endpoint.template(), world.inspection(), world);
        List<String> wrong = check(endpoint, path);
        assertTrue(wrong.isEmpty(), endpoint + " " + path + ":\n  " + String.join("\n  ", wrong));
        // the test kit's matrix agrees where it applies: its officer id is no UUID, which only reads that name the
        // caller care about (an OFFICER's own action); its tokens also carry a tax id
        if (!endpoint.template().contains("{actionId}") && !endpoint.everyone()) {
            RoleMatrix matrix = RoleMatrix.endpoint(endpoint.method(), path).allows(endpoint.allowed());
            if (endpoint.body() != null) {
                matrix.body(endpoint.body());
            }
            matrix.check();
        }
    }

    /**
     * A sealed surprise inspection (proposed by a lead, not started) does not exist for an inspector, a unit head, a
     * dashboard or an auditor: every endpoint that takes its id answers them 404, the very answer of an id that names
     * nothing, where their role is allowed, and 403 where it is not (the refusal of the role, whatever the id).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aSealedInspectionIsNotFoundForEveryReaderButALead(Endpoint endpoint) {
        if (!endpoint.takesAnInspection()) {
            return;
        }
        World world = world();
        UUID sealed = world.sealed();
        UUID unknown = UUID.randomUUID();
        String sealedPath = concrete(endpoint.template(), sealed, world);
        String unknownPath = concrete(endpoint.template(), unknown, world);
        Set<String> allowed = Set.of(endpoint.allowed());
        List<String> wrong = new ArrayList<>();
        for (String role : OUTSIDERS) {
            Response answer = call(endpoint, sealedPath, token(role), true);
            Response stranger = call(endpoint, unknownPath, token(role), true);
            int expected = allowed.contains(role) ? 404 : 403;
            if (answer.statusCode() != expected) {
                wrong.add(role + ": " + answer.statusCode() + " instead of " + expected + " " + answer.asString());
            } else if (!problemType(answer).equals(problemType(stranger))
                    || !detail(answer, sealed).equals(detail(stranger, unknown))) {
                wrong.add(role + ": the sealed inspection's answer differs from an unknown id's: " + answer.asString()
                        + " / " + stranger.asString());
            }
            if (expected == 403 && !(PROBLEM + "forbidden").equals(problemType(answer))) {
                wrong.add(role + ": 403 not of type forbidden: " + answer.asString());
            }
        }
        if (endpoint.method().equals("GET")) {
            Response lead = call(endpoint, sealedPath, token(LEAD), false);
            if (lead.statusCode() != 200) {
                wrong.add("INSPECTION_LEAD: " + lead.statusCode() + " on the sealed inspection " + lead.asString());
            }
        }
        assertTrue(wrong.isEmpty(), endpoint + " " + sealedPath + ":\n  " + String.join("\n  ", wrong));
    }

    /** The sealed inspection is in nobody's list but a lead's. */
    @Test
    void aSealedInspectionIsListedForALeadOnly() {
        World world = world();
        for (String role : READERS) {
            List<String> ids = token(role)
                    .get(PATH + "?unit=" + world.sealedGate())
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertEquals(
                    role.equals(LEAD) ? List.of(world.sealed().toString()) : List.of(), ids, role + " lists " + ids);
        }
    }

    /**
     * A draw is a lead's own until revealed: to every other role, even one sending its current ETag, reading it and
     * revealing it answer the very 404 of an id that names nothing.
     */
    @Test
    void aDrawIsUnknownToEveryRoleButALeadEvenWithItsETag() {
        World world = world();
        String etag = InspectionsWorld.lead()
                .get("/api/v1/draws/" + world.draw())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        UUID unknown = UUID.randomUUID();
        List<String> wrong = new ArrayList<>();
        for (String role : RoleMatrix.ROLES) {
            if (role.equals(LEAD)) {
                continue;
            }
            for (String step : List.of("", "/revelation")) {
                String method = step.isEmpty() ? "GET" : "POST";
                Response answer =
                        token(role).header("If-Match", etag).request(method, "/api/v1/draws/" + world.draw() + step);
                Response stranger =
                        token(role).header("If-Match", etag).request(method, "/api/v1/draws/" + unknown + step);
                if (answer.statusCode() != 404
                        || !detail(answer, world.draw()).equals(detail(stranger, unknown))
                        || !problemType(answer).equals(problemType(stranger))) {
                    wrong.add(role + " " + method + step + ": " + answer.statusCode() + " " + answer.asString()
                            + " / unknown: " + stranger.asString());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n  ", wrong));
        InspectionsWorld.lead()
                .get("/api/v1/draws/" + world.draw())
                .then()
                .statusCode(200)
                .header("ETag", etag);
    }

    /** The matrix lists every operation the service documents, generated and committed, and nothing else. */
    @Test
    void theMatrixCoversEveryDocumentedOperation() throws IOException {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        Set<String> documented = new TreeSet<>();
        Set<String> generatedIds = new TreeSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                documented.add(method.toUpperCase() + " " + path);
                generatedIds.add(String.valueOf(operation.get("operationId")));
            }
        }));
        Set<String> listed = new TreeSet<>();
        Set<String> listedIds = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            listed.add(endpoint.method() + " " + documentedPath(endpoint.template()));
            listedIds.add(endpoint.operationId());
        }
        assertEquals(documented, listed, "the role matrix must list every operation of openapi, and only those");
        assertEquals(generatedIds, listedIds, "the matrix names every operationId the service generates");
        Set<String> committedIds = new TreeSet<>();
        Matcher ids = Pattern.compile("(?m)^\\s+operationId:\\s*\"?([A-Za-z0-9_]+)\"?\\s*$")
                .matcher(Files.readString(Path.of("openapi.yaml")));
        while (ids.find()) {
            committedIds.add(ids.group(1));
        }
        assertEquals(committedIds, listedIds, "the matrix names every operationId of the committed openapi.yaml");
    }

    /** The matrix's roles are every role of the suite. */
    @Test
    void theMatrixCallsAsEveryRoleOfTheSuite() throws IllegalAccessException {
        Set<String> roles = new TreeSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                roles.add((String) field.get(null));
            }
        }
        assertEquals(roles, new TreeSet<>(RoleMatrix.ROLES));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * Calls the endpoint without a token (401) and as every role: an allowed one gets {@code expect} (or, for
     * {@link #ANY}, neither a refusal nor an error), any other 403 problem+json of type forbidden.
     */
    private static List<String> check(Endpoint endpoint, String path) {
        int expect = endpoint.expect();
        Set<String> allowed = Set.of(endpoint.allowed());
        List<String> wrong = new ArrayList<>();
        Response anonymous = call(endpoint, path, given(), false);
        if (endpoint.everyone()) {
            if (expect == ANY ? refusedOrBroken(anonymous.statusCode()) : anonymous.statusCode() != expect) {
                wrong.add("no token: " + anonymous.statusCode() + " instead of " + expect + " on a public endpoint");
            }
        } else if (anonymous.statusCode() != 401) {
            wrong.add("no token: " + anonymous.statusCode() + " instead of 401");
        }
        for (String role : RoleMatrix.ROLES) {
            Response response = call(endpoint, path, token(role), false);
            int status = response.statusCode();
            if (endpoint.everyone() || allowed.contains(role)) {
                int expected = endpoint.expectFor(role);
                if (expected == ANY) {
                    if (refusedOrBroken(status)) {
                        wrong.add(role + ": " + status + " but the role is allowed " + response.asString());
                    }
                } else if (status != expected) {
                    wrong.add(role + ": " + status + " instead of " + expected + " " + response.asString());
                }
            } else if (status != 403) {
                wrong.add(role + ": " + status + " instead of 403 " + response.asString());
            } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")
                    || !(PROBLEM + "forbidden").equals(problemType(response))) {
                wrong.add(role + ": 403 without problem+json of type forbidden " + response.asString());
            }
        }
        return wrong;
    }

    /** Refused by role, broken, or never routed to the endpoint (405, 415). */
    private static boolean refusedOrBroken(int status) {
        return status == 401 || status == 403 || status == 405 || status == 415 || status >= 500;
    }

    private static RequestSpecification token(String role) {
        return TestTokens.as(role, "officer_id", OFFICER.toString());
    }

    /**
     * The call; {@code valid} sends a body every check accepts, so that only the object decides the answer (used on
     * the sealed inspection, whose changes a lead alone may make: nobody else gets that far).
     */
    private static Response call(Endpoint endpoint, String path, RequestSpecification request, boolean valid) {
        if (endpoint.body() != null) {
            request.contentType("application/json").body(valid ? validBody(endpoint) : endpoint.body());
        }
        if (valid && !endpoint.method().equals("GET")) {
            request.header("If-Match", "\"0\"");
        }
        return request.request(endpoint.method(), path);
    }

    /** A body that passes validation for the operations that take one. */
    private static String validBody(Endpoint endpoint) {
        return switch (endpoint.operationId()) {
            case "assignInspectionTeam" -> InspectionsWorld.team(UUID.randomUUID(), null);
            case "rescheduleInspection" -> "{\"plannedStart\":\"2026-12-21\",\"durationDays\":5}";
            case "decideInspection" -> "{\"decisionNumber\":\"QD-MATRIX\"}";
            case "extendInspection" -> "{\"days\":2,\"reason\":\"More counters to see\"}";
            case "concludeInspection" -> "{\"conclusion\":\"Nothing to report\"}";
            case "openInspectionSeal" -> "{\"reason\":\"The committee must be told\"}";
            case "recordFinding" ->
                "{\"category\":\"UNIFORM\",\"severity\":\"REMINDER\",\"violationDate\":\"2026-03-10\","
                        + "\"evidence\":\"Seen at counter 2\"}";
            default -> endpoint.body();
        };
    }

    private static String problemType(Response response) {
        return String.valueOf(response.jsonPath().getString("type"));
    }

    private static String detail(Response response, UUID id) {
        return String.valueOf(response.jsonPath().getString("detail")).replace(id.toString(), "<id>") + "|"
                + response.contentType() + "|" + response.jsonPath().getString("title");
    }

    private static String concrete(String template, UUID inspection, World world) {
        return template.replace("{id}", inspection.toString())
                .replace("{findingId}", world.finding().toString())
                .replace("{actionId}", world.action().toString())
                .replace("{officerId}", world.inspectorA().toString())
                .replace("{planId}", world.plan().toString())
                .replace("{entryId}", UUID.randomUUID().toString())
                .replace("{drawId}", world.draw().toString())
                .replace("{unit}", world.gate());
    }

    /** The path as the OpenAPI document writes it: no query, the platform's ids as templates. */
    private static String documentedPath(String template) {
        String path = template.contains("?") ? template.substring(0, template.indexOf('?')) : template;
        return path.replace("/no-such-consumer/", "/{name}/")
                .replace("/999999999", "/{position}")
                .replace("{planId}", "{id}")
                .replace("{drawId}", "{id}");
    }

    /** What the matrix acts on, made once for the class. */
    record World(
            String gate,
            UUID inspectorA,
            UUID inspection,
            UUID finding,
            UUID action,
            String sealedGate,
            UUID sealed,
            UUID plan,
            UUID draw) {}

    private synchronized World world() {
        if (world == null) {
            String gate = InspectionsWorld.openGate();
            UUID first = InspectionsWorld.inspector();
            InspectionsWorld.inspector();
            // its team is none of the two inspectors: they stay free for the gate's next team
            UUID inspection = InspectionsWorld.startedThematic(inspections, gate, UUID.randomUUID(), UUID.randomUUID());
            // the officer the tokens name heads the gate: a UNIT_HEAD reads his own unit's inspections only
            InspectionsWorld.headOf(gate, OFFICER);
            InspectionsWorld.awaitHeadSees(OFFICER, inspection);
            UUID finding = InspectionsWorld.correctiveFinding(inspection);
            UUID action = InspectionsWorld.correctiveAction(finding, OFFICER);
            String sealedGate = InspectionsWorld.openGate();
            UUID sealed = InspectionsWorld.propose("SURPRISE", "DIRECTIVE", "CT-11/2026", sealedGate);
            // staffing's unit and inspectors arrive on the broker: a lead's proposal answers once they are in
            await().atMost(InspectionsWorld.WAIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> InspectionsWorld.lead()
                                    .get("/api/v1/team-candidates?members=0&unit=" + gate)
                                    .statusCode()
                            == 200);
            UUID plan = UUID.fromString(InspectionsWorld.lead()
                    .body("{\"year\":2026,\"quarter\":1,\"title\":\"Matrix\",\"entries\":[" + PLAN_ENTRY + "]}")
                    .post(PLANS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            UUID draw = UUID.fromString(InspectionsWorld.lead()
                    .body("{\"size\":1,\"candidates\":[\"" + gate + "\"]}")
                    .post("/api/v1/draws")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            world = new World(gate, first, inspection, finding, action, sealedGate, sealed, plan, draw);
        }
        return world;
    }
}
