package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.hotline.domain.report.ClockedReport;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportMessage;

/**
 * Bad input to the hotline gets a 4xx problem+json that says what is wrong, never a 500 and never a stack trace:
 * missing and mistyped fields, unknown enum values and fields, texts over their limits, identities where they do not
 * belong, receipts that open nothing, stale or missing ETags, replayed idempotency keys, transitions in the wrong
 * state, ids that name nothing or are no id. No problem body produced here repeats the reporter's identity sent in
 * the requests.
 */
@QuarkusTest
class HotlineBadInputTest {

    /** A distinctive reporter identity: none of it may come back in a problem body. */
    static final String NAME = "Nguyễn Thị Bíchvân Testsweep";

    static final String PHONE = "+84 912 000 111";
    static final String TAX_ID = "0109998887";
    private static final List<String> IDENTITY_FRAGMENTS =
            List.of("Nguyễn", "Bíchvân", "Testsweep", "912 000 111", "84912000111", TAX_ID);

    private static final String PROBLEM = "https://customs.example/problems/";

    /**
     * The ETag of a report just filed (version 0). The tests send it instead of reading the report first, so that
     * what they prove does not hang on the handler's view of a report.
     */
    private static final String NEW = "\"0\"";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every problem body this class received, to sweep for the identity at the end. */
    private static final List<String> PROBLEMS = Collections.synchronizedList(new ArrayList<>());

    private static String unit;

    // ------------------------------------------------------------------------------------------------ filing

    static Stream<Arguments> badReports() {
        return Stream.of(
                // missing
                bad("no kind", r -> r.remove("kind"), 400, "/kind"),
                bad("no category", r -> r.remove("category"), 400, "/category"),
                bad("no unit", r -> r.remove("unitCode"), 400, "/unitCode"),
                bad("no text", r -> r.remove("text"), 400, "/text"),
                bad("blank text", r -> r.put("text", "   "), 400, "/text"),
                bad("no mode", r -> r.remove("reporterMode"), 400, "/reporterMode"),
                // wrong types
                bad("kind a number", r -> r.put("kind", 7), 400, "/kind"),
                bad("text an array", r -> r.putArray("text").add("a"), 400, "/text"),
                bad("happenedAt no time", r -> r.put("happenedAt", "last Tuesday"), 400, "/happenedAt"),
                bad("accused no id", r -> r.put("accusedOfficerId", "badge 42"), 400, "/accusedOfficerId"),
                bad(
                        "identity a text",
                        r -> r.put("reporterMode", "CONFIDENTIAL").put("identity", NAME),
                        400,
                        "/identity"),
                // unknown enum values
                bad("unknown kind", r -> r.put("kind", "BRIBERY"), 400, "/kind"),
                bad("unknown category", r -> r.put("category", "THEFT"), 400, "/category"),
                bad("unknown mode", r -> r.put("reporterMode", "SECRET"), 400, "/reporterMode"),
                bad("unknown channel", r -> r.put("intakeChannel", "PIGEON"), 400, "/intakeChannel"),
                // limits and formats
                bad("text too long", r -> r.put("text", "x".repeat(ReportFacts.MAX_TEXT + 1)), 400, "/text"),
                bad(
                        "description too long",
                        r -> r.put("accusedDescription", "x".repeat(ReportFacts.MAX_DESCRIPTION + 1)),
                        400,
                        "/accusedDescription"),
                bad("unit code in lower case", r -> r.put("unitCode", "huu nghi"), 400, "/unitCode"),
                bad("unit code too short", r -> r.put("unitCode", "A"), 400, "/unitCode"),
                bad("declaration number", r -> r.put("declarationNumber", "10-ABC"), 400, "/declarationNumber"),
                bad("unknown field", r -> r.put("priority", "HIGH"), 400, "/priority"),
                // the identity: refused field by field, never repeated
                bad("invalid e-mail", r -> identified(r).put("email", "bichvan at example"), 400, "/identity/email"),
                bad("invalid phone", r -> identified(r).put("phone", "call me"), 400, "/identity/phone"),
                bad("phone a number", r -> identified(r).put("phone", 84912000111L), 400, "/identity/phone"),
                bad("invalid tax id", r -> identified(r).put("taxId", "01099988"), 400, "/identity/taxId"),
                bad("no full name", r -> identified(r).remove("fullName"), 400, "/identity/fullName"),
                bad(
                        "name too long",
                        r -> identified(r).put("fullName", NAME + "x".repeat(200)),
                        400,
                        "/identity/fullName"),
                bad("unknown identity field", r -> identified(r).put("nickname", "Bíchvân"), 400, "/identity/nickname"),
                // rules the body cannot express
                bad(
                        "anonymous with identity",
                        r -> identified(r).put("email", "bv@example.vn"),
                        422,
                        "/identity",
                        "ANONYMOUS"),
                bad("confidential without identity", r -> r.put("reporterMode", "CONFIDENTIAL"), 422, "/identity"),
                bad("identified without identity", r -> r.put("reporterMode", "IDENTIFIED"), 422, "/identity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    void aBadReportIsRefusedWithThePointerToTheField(
            String name, Consumer<ObjectNode> change, int status, String pointer, String mode) {
        ObjectNode report = report(openUnit());
        change.accept(report);
        if (mode != null) {
            report.put("reporterMode", mode);
        }
        Map<String, Object> problem = problem(fileRaw(report.toString()), status);
        assertTrue(pointers(problem).contains(pointer), name + ": " + problem);
    }

    @Test
    void aReportAboutAUnitTheHotlineDoesNotKnowIsRefusedAsUnknownUnit() {
        ObjectNode report = report(HotlineFixtures.uniqueUnitCode("NEVER"));
        Map<String, Object> problem = problem(fileRaw(report.toString()), 422);
        assertEquals(PROBLEM + "unknown-unit", problem.get("type"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unquoted name|{\"kind\":\"DENUNCIATION\",\"reporterMode\":\"CONFIDENTIAL\",\"identity\":{\"fullName\":"
                        + NAME + "}}",
                "unquoted tax id|{\"kind\":\"DENUNCIATION\",\"identity\":{\"fullName\":\"" + NAME + "\",\"taxId\":"
                        + TAX_ID + "}}",
                "cut short|{\"kind\":\"DENUNCIATION\",\"identity\":{\"fullName\":\"" + NAME + "\",\"phone\":\"" + PHONE,
                "two documents|{\"identity\":{\"phone\":\"" + PHONE + "\"}} {\"kind\":1}",
                "an array|[\"" + NAME + "\"]",
                "nothing|''",
            })
    void aBodyThatIsNoReportIsRefusedWithoutRepeatingIt(String name, String body) {
        Map<String, Object> problem = problem(fileRaw(body), 400);
        assertFalse(problem.toString().isEmpty(), name);
    }

    @Test
    void aReportInAnotherMediaTypeIsRefused() {
        problem(
                given().contentType("text/plain")
                        .body("Nguyễn Thị Bíchvân Testsweep: a bribe")
                        .post("/api/v1/reports"),
                415);
    }

    // ------------------------------------------------------------------------------------------------ receipts

    /**
     * A missing, malformed, unknown or wrong receipt gets the same 404, the same body but for the instance and
     * correlation id: nothing tells a report that exists from one that does not.
     */
    @Test
    void everyReceiptThatOpensNothingGetsTheSameNotFound() {
        HotlineFixtures.Filed filed = HotlineFixtures.file(openUnit(), "COMPLAINT");
        String receipt = filed.receipt();
        char last = receipt.charAt(receipt.length() - 1);
        String wrongSecret = receipt.substring(0, receipt.length() - 1) + (last == 'A' ? 'B' : 'A');
        String unknown = "ZZZZ-ZZZZ-" + receipt.substring(10);

        Map<String, Object> missing = comparable(problem(given().get("/api/v1/report-follow-up"), 404));
        Map<String, Object> malformed = comparable(problem(follow("not a receipt"), 404));
        Map<String, Object> unknownOne = comparable(problem(follow(unknown), 404));
        Map<String, Object> wrong = comparable(problem(follow(wrongSecret), 404));
        assertEquals(PROBLEM + "not-found", unknownOne.get("type"));
        assertEquals(unknownOne, missing);
        assertEquals(unknownOne, malformed);
        assertEquals(unknownOne, wrong);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/report-follow-up/messages|{}|/text",
                "/api/v1/report-follow-up/messages|{\"text\":\"\"}|/text",
                "/api/v1/report-follow-up/messages|{\"text\":\"ok\",\"from\":\"Bíchvân\"}|/from",
                "/api/v1/report-follow-up/messages|{\"text\":7}|/text",
                "/api/v1/report-follow-up/withdrawal|{\"part\":[1]}|/part",
                "/api/v1/report-follow-up/withdrawal|{\"whole\":true}|/whole",
            })
    void aReportersBadBodyIsRefusedWithThePointerToTheField(String path, String body, String pointer) {
        HotlineFixtures.Filed filed = filedOnce();
        Map<String, Object> problem = problem(
                given().header("Report-Receipt", filed.receipt())
                        .contentType("application/json")
                        .body(body)
                        .post(path),
                400);
        assertTrue(pointers(problem).contains(pointer), problem.toString());
    }

    @Test
    void aReportersTextsOverTheirLimitsAreRefused() {
        HotlineFixtures.Filed filed = filedOnce();
        ObjectNode message = JSON.createObjectNode().put("text", "x".repeat(ReportMessage.MAX_TEXT + 1));
        Map<String, Object> problem = problem(
                given().header("Report-Receipt", filed.receipt())
                        .contentType("application/json")
                        .body(message.toString())
                        .post("/api/v1/report-follow-up/messages"),
                400);
        assertTrue(pointers(problem).contains("/text"), problem.toString());
        ObjectNode withdrawal = JSON.createObjectNode().put("part", "x".repeat(ClockedReport.MAX_REASON + 1));
        problem = problem(
                given().header("Report-Receipt", filed.receipt())
                        .contentType("application/json")
                        .body(withdrawal.toString())
                        .post("/api/v1/report-follow-up/withdrawal"),
                400);
        assertTrue(pointers(problem).contains("/part"), problem.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}|/reportId",
                "{\"reportId\":\"r\",\"receivedAt\":\"yesterday\",\"contentHash\":\"h\",\"keyId\":\"k\",\"signature\":\"s\"}|/receivedAt",
                "{\"reportId\":\"r\",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"contentHash\":\"h\",\"keyId\":\"k\",\"signature\":\"s\",\"valid\":true}|/valid",
            })
    void aBadProofIsRefusedWithThePointerToTheField(String body, String pointer) {
        Map<String, Object> problem = problem(
                given().contentType("application/json").body(body).post("/api/v1/report-proofs/verification"), 400);
        assertTrue(pointers(problem).contains(pointer), problem.toString());
    }

    // ------------------------------------------------------------------------------------------------ handling

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "acceptance|{}|/complexity",
                "acceptance|{\"complexity\":\"EASY\"}|/complexity",
                "acceptance|{\"complexity\":1}|/complexity",
                "acceptance|{\"complexity\":\"NORMAL\",\"urgent\":true}|/urgent",
                "non-acceptance|{\"reason\":\"BORED\"}|/reason",
                "non-acceptance|{}|/reason",
                "transfer|{}|/authority",
                "transfer|{\"authority\":\"  \"}|/authority",
                "assignment|{\"receiverId\":\"x\",\"verifierId\":\"00000000-0000-0000-0000-000000000001\",\"deciderId\":\"00000000-0000-0000-0000-000000000002\"}|/receiverId",
                "assignment|{}|/deciderId",
                "suspension|{\"reason\":\"\"}|/reason",
                "extension|{\"days\":0,\"reason\":\"more witnesses\"}|/days",
                "extension|{\"days\":91,\"reason\":\"more witnesses\"}|/days",
                "extension|{\"days\":\"ten\",\"reason\":\"more witnesses\"}|/days",
                "extension|{\"days\":10}|/reason",
                "accused|{\"officerId\":\"badge-7\"}|/officerId",
                "conclusion|{\"outcome\":\"GUILTY\",\"conclusion\":\"c\"}|/outcome",
                "conclusion|{\"outcome\":\"SUBSTANTIATED\",\"conclusion\":\"c\",\"officerIds\":[\"nobody\"]}|/officerIds/0",
                "conclusion|{\"outcome\":\"SUBSTANTIATED\"}|/conclusion",
                "actions|{\"description\":\" \"}|/description",
                "actions|{\"description\":\"d\",\"dueOn\":\"next week\"}|/dueOn",
                "withdrawal|{\"part\":{}}|/part",
                "messages|{\"visibility\":\"PUBLIC\",\"text\":\"x\"}|/visibility",
                "messages|{\"visibility\":\"INTERNAL\"}|/text",
            })
    void aHandlersBadBodyIsRefusedWithThePointerToTheField(String action, String body, String pointer) {
        Handled report = handledOnce();
        Map<String, Object> problem = problem(
                HotlineFixtures.asHandler(report.handler())
                        .header("If-Match", NEW)
                        .contentType("application/json")
                        .body(body)
                        .post("/api/v1/reports/" + report.id() + "/" + action),
                400);
        assertTrue(pointers(problem).contains(pointer), problem.toString());
    }

    @Test
    void aHandlersTextsOverTheirLimitsAreRefused() {
        Handled report = handledOnce();
        String tooLong = "x".repeat(ClockedReport.MAX_REASON + 1);
        Map<String, String> bodies = Map.of(
                "non-acceptance", "{\"reason\":\"NOT_A_BREACH\",\"note\":\"" + tooLong + "\"}",
                "transfer", "{\"authority\":\"" + tooLong + "\"}",
                "suspension", "{\"reason\":\"" + tooLong + "\"}",
                "actions/0/completion", "{\"note\":\"" + tooLong + "\"}",
                "messages",
                        "{\"visibility\":\"INTERNAL\",\"text\":\"" + "x".repeat(ReportMessage.MAX_TEXT + 1) + "\"}");
        bodies.forEach((action, body) -> {
            Map<String, Object> problem = problem(
                    HotlineFixtures.asHandler(report.handler())
                            .header("If-Match", NEW)
                            .contentType("application/json")
                            .body(body)
                            .post("/api/v1/reports/" + report.id() + "/" + action),
                    400);
            assertFalse(pointers(problem).isEmpty(), action + ": " + problem);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "status=LOST,status",
        "level=TOP,level",
        "unit=huu_nghi,unit",
        "limit=0,limit",
        "cursor=garbage,cursor",
    })
    void aBadQueueParameterIsRefusedNamingIt(String query, String parameter) {
        Map<String, Object> problem =
                problem(HotlineFixtures.asHandler(HotlineFixtures.newHandler()).get("/api/v1/reports?" + query), 400);
        assertTrue(parameters(problem).contains(parameter), problem.toString());
    }

    @Test
    void aTransitionNeedsTheCurrentETag() {
        Handled report = handled();
        String accept = "/api/v1/reports/" + report.id() + "/acceptance";
        String body = "{\"complexity\":\"NORMAL\"}";
        problem(
                HotlineFixtures.asHandler(report.handler())
                        .contentType("application/json")
                        .body(body)
                        .post(accept),
                428);
        Map<String, Object> stale = problem(
                HotlineFixtures.asHandler(report.handler())
                        .header("If-Match", "\"999\"")
                        .contentType("application/json")
                        .body(body)
                        .post(accept),
                412);
        assertTrue(parameters(stale).contains("If-Match"), stale.toString());
        problem(
                HotlineFixtures.asHandler(report.handler())
                        .header("If-Match", "not an etag")
                        .contentType("application/json")
                        .body(body)
                        .post(accept),
                400);
        // nothing changed: still version 0 and still received, where verification cannot start
        problem(
                HotlineFixtures.asHandler(report.handler())
                        .header("If-Match", NEW)
                        .contentType("application/json")
                        .body("{}")
                        .post("/api/v1/reports/" + report.id() + "/verification"),
                409);
    }

    @Test
    void aReplayedIdempotencyKeyGetsTheSameAnswerAndAnotherBodyUnderItIsRefused() {
        Handled report = handled();
        String accept = "/api/v1/reports/" + report.id() + "/acceptance";
        String etag = NEW;
        String key = UUID.randomUUID().toString();
        Response first = HotlineFixtures.asHandler(report.handler())
                .header("If-Match", etag)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body("{\"complexity\":\"NORMAL\"}")
                .post(accept);
        assertEquals(200, first.statusCode(), first.asString());
        Response replay = HotlineFixtures.asHandler(report.handler())
                .header("If-Match", etag)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body("{\"complexity\":\"NORMAL\"}")
                .post(accept);
        assertEquals(200, replay.statusCode(), replay.asString());
        assertEquals(first.jsonPath().getMap(""), replay.jsonPath().getMap(""));
        assertEquals("true", replay.header("Idempotent-Replayed"));
        problem(
                HotlineFixtures.asHandler(report.handler())
                        .header("If-Match", etag)
                        .header("Idempotency-Key", key)
                        .contentType("application/json")
                        .body("{\"complexity\":\"COMPLEX\"}")
                        .post(accept),
                422);
    }

    @Test
    void aTransitionInTheWrongStateIsAConflict() {
        Handled report = handled();
        String base = "/api/v1/reports/" + report.id();
        // a received report is not verified before it is accepted, nor closed
        for (String action : List.of("verification", "closure", "resumption")) {
            Map<String, Object> problem = problem(
                    HotlineFixtures.asHandler(report.handler())
                            .header("If-Match", NEW)
                            .contentType("application/json")
                            .body("{}")
                            .post(base + "/" + action),
                    409);
            assertNotEquals(PROBLEM + "internal-error", problem.get("type"), action);
        }
    }

    @Test
    void aReportThatDoesNotExistIsNotFound() {
        String handler = HotlineFixtures.newHandler();
        String nobody = UUID.randomUUID().toString();
        problem(HotlineFixtures.asHandler(handler).get("/api/v1/reports/" + nobody), 404);
        problem(HotlineFixtures.asHandler(handler).get("/api/v1/reports/" + nobody + "/messages"), 404);
        problem(
                HotlineFixtures.asHandler(handler)
                        .header("If-Match", "\"0\"")
                        .contentType("application/json")
                        .body("{\"complexity\":\"NORMAL\"}")
                        .post("/api/v1/reports/" + nobody + "/acceptance"),
                404);
        problem(
                HotlineFixtures.asHandler(handler)
                        .contentType("application/json")
                        .body("{\"visibility\":\"INTERNAL\",\"text\":\"note\"}")
                        .post("/api/v1/reports/" + nobody + "/messages"),
                404);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET,/api/v1/reports/not-a-uuid",
        "GET,/api/v1/reports/1234/messages",
        "GET,/api/v1/reports/not-a-uuid/accused-candidates",
        "POST,/api/v1/reports/not-a-uuid/acceptance",
        "POST,/api/v1/reports/00000000-0000-0000-0000-000000000001/actions/first/completion",
        "POST,/api/v1/reports/00000000-0000-0000-0000-000000000001/actions/-1/completion",
        "GET,/api/v1/reports/not-a-uuid/evidence",
        "GET,/api/v1/reports/00000000-0000-0000-0000-000000000001/evidence/not-a-uuid",
    })
    void anIdThatIsNoIdIsAProblemNeverAnError(String method, String path) {
        Response response = HotlineFixtures.asHandler(HotlineFixtures.newHandler())
                .header("If-Match", "\"0\"")
                .contentType("application/json")
                .body("{\"complexity\":\"NORMAL\",\"note\":\"n\"}")
                .request(method, path);
        assertTrue(
                response.statusCode() == 400 || response.statusCode() == 404,
                method + " " + path + ": " + response.statusCode() + " " + response.asString());
        problem(response, response.statusCode());
    }

    /** The sweep: no problem body of this class repeats any part of the reporter's identity. */
    @AfterAll
    static void noProblemRepeatsTheReportersIdentity() {
        assertFalse(PROBLEMS.isEmpty());
        List<String> leaks = new ArrayList<>();
        synchronized (PROBLEMS) {
            for (String body : PROBLEMS) {
                for (String fragment : IDENTITY_FRAGMENTS) {
                    if (body.contains(fragment)) {
                        leaks.add(fragment + " in " + body);
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), "problem bodies repeat the identity:\n" + String.join("\n", leaks));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    record Handled(String id, String handler) {}

    private static Arguments bad(String name, Consumer<ObjectNode> change, int status, String pointer) {
        return Arguments.of(name, change, status, pointer, null);
    }

    private static Arguments bad(String name, Consumer<ObjectNode> change, int status, String pointer, String mode) {
        return Arguments.of(name, change, status, pointer, mode);
    }

    /** A valid anonymous web report about the unit. */
    private static ObjectNode report(String unitCode) {
        return JSON.createObjectNode()
                .put("kind", "DENUNCIATION")
                .put("category", "BRIBE_REQUEST")
                .put("unitCode", unitCode)
                .put("text", "The officer at counter 2 asked for money to clear the goods.")
                .put("reporterMode", "ANONYMOUS");
    }

    /** Makes the report confidential and gives the distinctive identity; returns the identity to spoil. */
    private static ObjectNode identified(ObjectNode report) {
        report.put("reporterMode", "CONFIDENTIAL");
        return report.putObject("identity")
                .put("fullName", NAME)
                .put("phone", PHONE)
                .put("email", "bichvan.testsweep@example.vn")
                .put("taxId", TAX_ID)
                .put("address", "12 Trần Hưng Đạo, Lạng Sơn");
    }

    private static Response fileRaw(String body) {
        return given().contentType("application/json; charset=UTF-8").body(body).post("/api/v1/reports");
    }

    private static Response follow(String receipt) {
        return given().header("Report-Receipt", receipt).get("/api/v1/report-follow-up");
    }

    /**
     * Asserts a problem+json answer with the status, no 500 and no stack trace, keeps its body for the identity
     * sweep, and returns it.
     */
    private static Map<String, Object> problem(Response response, int status) {
        String body = response.asString();
        PROBLEMS.add(body);
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

    /** The problem without what differs from call to call. */
    private static Map<String, Object> comparable(Map<String, Object> problem) {
        Map<String, Object> rest = new HashMap<>(problem);
        rest.remove("instance");
        rest.remove("correlationId");
        return rest;
    }

    private static synchronized String openUnit() {
        if (unit == null) {
            unit = HotlineFixtures.openUnit("BADIN");
        }
        return unit;
    }

    private static HotlineFixtures.Filed filedForReporter;
    private static Handled handledForBodies;

    private static synchronized HotlineFixtures.Filed filedOnce() {
        if (filedForReporter == null) {
            filedForReporter = HotlineFixtures.file(openUnit(), "COMPLAINT");
        }
        return filedForReporter;
    }

    private static synchronized Handled handledOnce() {
        if (handledForBodies == null) {
            handledForBodies = handled();
        }
        return handledForBodies;
    }

    /** A fresh received report and a handler without conflict of interest in it. */
    private static Handled handled() {
        return new Handled(HotlineFixtures.file(openUnit(), "DENUNCIATION").reportId(), HotlineFixtures.newHandler());
    }
}
