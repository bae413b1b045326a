package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.hotline.application.FileReport;
import vn.customs.hotline.domain.protection.ReporterIdentity;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.ReportCategory;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReporterMode;
import vn.customs.hotline.domain.staffing.Unit;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicWriter;

/**
 * The custodian flow on the real database and broker: a custodian asks for a reporter's identity with a reason, a
 * second custodian approves (the first cannot: four eyes), only the first reads, every step is in the audit chain
 * without a value of the identity, and no other role reaches any of it.
 *
 * <p>Reading before approval is 409 for the requester (the request is not in a state that opens the identity) and 403
 * for anyone else in any state (only the requester ever reads under a request).
 */
@QuarkusTest
class CustodianFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String JSON = "application/json";

    /** Values to recognise anywhere they should not be. */
    private static final String NAME = "Quách Thị Niêm Phong";

    private static final String PHONE = "+84 977 313 131";
    private static final String TAX_ID = "0319731313";
    private static final String EMAIL = "niem.phong@example.vn";
    private static final String ADDRESS = "13 Ngõ Kín, Lạng Sơn";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FileReport fileReport;

    @Inject
    UnitDirectory units;

    @Test
    void aSecondCustodianApprovesAndOnlyTheRequesterReadsTheIdentity() {
        UUID report = confidentialReport();
        String a = subject("a");
        String b = subject("b");

        Response requested = custodian(a)
                .contentType(JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reason", "The provincial police ask to hear the reporter as a witness."))
                .post("/api/v1/reports/" + report + "/identity-requests");
        requested.then().statusCode(201).header("ETag", notNullValue());
        String rid = requested.path("id");
        assertTrue(requested.header("Location").endsWith("/api/v1/identity-requests/" + rid));
        assertEquals(report.toString(), requested.path("reportId"));
        assertEquals(a, requested.path("requestedBy"));
        assertEquals("REQUESTED", requested.path("status"));

        // before approval the requester meets 409, anyone else 403
        noIdentityIn(
                custodian(a).get(identity(rid)).then().statusCode(409).extract().response());
        noIdentityIn(
                custodian(b).get(identity(rid)).then().statusCode(403).extract().response());

        String etag =
                custodian(a).get(request(rid)).then().statusCode(200).extract().header("ETag");
        Response ownApproval = custodian(a).header("If-Match", etag).post(request(rid) + "/approval");
        ownApproval.then().statusCode(422).body("type", endsWith("/four-eyes"));
        noIdentityIn(ownApproval);

        custodian(b)
                .header("If-Match", etag)
                .post(request(rid) + "/approval")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo(b))
                .body("expiresAt", notNullValue());

        Response byApprover = custodian(b).get(identity(rid));
        byApprover.then().statusCode(403).body("type", endsWith("/not-the-requester"));
        noIdentityIn(byApprover);

        custodian(a)
                .get(identity(rid))
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("fullName", equalTo(NAME))
                .body("phone", equalTo(PHONE))
                .body("email", equalTo(EMAIL))
                .body("taxId", equalTo(TAX_ID))
                .body("address", equalTo(ADDRESS));
        custodian(a).get(identity(rid)).then().statusCode(200);

        custodian(b)
                .get(request(rid))
                .then()
                .statusCode(200)
                .body("reads", equalTo(2))
                .body("lastReadAt", notNullValue());

        // the request, the refused attempts, the decision and both reads are in the audit chain, ids and subjects only
        List<Map<String, Object>> entries =
                await().atMost(WAIT).until(() -> auditEntriesOf(rid), found -> found.size() == 7);
        assertEquals(
                List.of(
                        "request-reporter-identity",
                        "refuse-identity-read",
                        "refuse-identity-read",
                        "approve-identity-request",
                        "refuse-identity-read",
                        "read-reporter-identity",
                        "read-reporter-identity"),
                entries.stream().map(entry -> entry.get("action")).toList());
        assertEquals(
                List.of(a, a, b, b, b, a, a),
                entries.stream().map(entry -> entry.get("subject")).toList());
        for (Map<String, Object> entry : entries) {
            String details = (String) entry.get("details");
            assertTrue(details.contains(report.toString()), details);
            assertEquals("identity-request", entry.get("objectType"));
            for (String value : List.of(NAME, PHONE, TAX_ID, EMAIL, ADDRESS)) {
                assertFalse(entry.toString().contains(value), "the audit entry carries a value of the identity");
            }
        }
        assertTrue(((String) entries.get(2).get("details")).contains("not-the-requester"));
        assertTrue(((String) entries.get(3).get("details")).contains(b));
    }

    @Test
    void aRefusedRequestOpensNothingAndIsDecidedOnce() {
        UUID report = confidentialReport();
        String a = subject("a");
        String b = subject("b");
        String rid = requestAs(a, report);
        String etag = custodian(a).get(request(rid)).then().extract().header("ETag");

        custodian(a)
                .contentType(JSON)
                .header("If-Match", etag)
                .body(Map.of("note", "My own request"))
                .post(request(rid) + "/refusal")
                .then()
                .statusCode(422)
                .body("type", endsWith("/four-eyes"));
        String refused = custodian(b)
                .contentType(JSON)
                .header("If-Match", etag)
                .body(Map.of("note", "The letter names another report."))
                .post(request(rid) + "/refusal")
                .then()
                .statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("decisionNote", equalTo("The letter names another report."))
                .body("expiresAt", nullValue())
                .extract()
                .header("ETag");

        custodian(a).get(identity(rid)).then().statusCode(409);
        custodian(subject("c"))
                .header("If-Match", refused)
                .post(request(rid) + "/approval")
                .then()
                .statusCode(409);
        await().atMost(WAIT)
                .until(() -> auditEntriesOf(rid).stream()
                        .anyMatch(entry -> "refuse-identity-request".equals(entry.get("action"))));
    }

    @Test
    void decisionsNeedTheCurrentVersion() {
        String rid = requestAs(subject("a"), confidentialReport());
        RequestSpecification b = custodian(subject("b"));
        b.post(request(rid) + "/approval").then().statusCode(428);
        custodian(subject("b"))
                .header("If-Match", "\"99\"")
                .post(request(rid) + "/approval")
                .then()
                .statusCode(412);
        custodian(subject("b"))
                .contentType(JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("note", " "))
                .post(request(rid) + "/refusal")
                .then()
                .statusCode(400);
    }

    @Test
    void onlyAReportWithAnIdentityCanBeAskedAbout() {
        String a = subject("a");
        UUID anonymous = file(ReporterMode.ANONYMOUS, null);
        custodian(a)
                .contentType(JSON)
                .body(Map.of("reason", "To thank him."))
                .post("/api/v1/reports/" + anonymous + "/identity-requests")
                .then()
                .statusCode(422)
                .body("type", endsWith("/anonymous-report"));
        custodian(a)
                .contentType(JSON)
                .body(Map.of("reason", "To thank him."))
                .post("/api/v1/reports/" + UUID.randomUUID() + "/identity-requests")
                .then()
                .statusCode(404);
        custodian(a).get(request(UUID.randomUUID().toString())).then().statusCode(404);
        custodian(a).get(identity(UUID.randomUUID().toString())).then().statusCode(404);
        custodian(a)
                .contentType(JSON)
                .body(Map.of("reason", "x".repeat(1001)))
                .post("/api/v1/reports/" + confidentialReport() + "/identity-requests")
                .then()
                .statusCode(400);
        custodian(a)
                .contentType(JSON)
                .body(Map.of())
                .post("/api/v1/reports/" + confidentialReport() + "/identity-requests")
                .then()
                .statusCode(400);
    }

    @Test
    void custodiansListRequestsByState() {
        String a = subject("a");
        String first = requestAs(a, confidentialReport());
        String second = requestAs(a, confidentialReport());
        String etag = custodian(a).get(request(second)).then().extract().header("ETag");
        custodian(subject("b"))
                .header("If-Match", etag)
                .post(request(second) + "/approval")
                .then()
                .statusCode(200);

        List<String> requested = allIds(custodian(a), "REQUESTED");
        List<String> approved = allIds(custodian(a), "APPROVED");
        assertTrue(requested.contains(first) && !requested.contains(second));
        assertTrue(approved.contains(second) && !approved.contains(first));
        custodian(a)
                .queryParam("limit", 1)
                .get("/api/v1/identity-requests")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("next", notNullValue());
        custodian(a)
                .queryParam("status", "MAYBE")
                .get("/api/v1/identity-requests")
                .then()
                .statusCode(400);
    }

    @Test
    void noOtherRoleReachesAnyOfItAndNobodyWithoutAToken() {
        UUID report = confidentialReport();
        String a = subject("a");
        String rid = requestAs(a, report);
        String etag = custodian(a).get(request(rid)).then().extract().header("ETag");
        Map<String, Supplier<RequestSpecification>> callers = new java.util.LinkedHashMap<>();
        for (String role : List.of(Roles.HOTLINE_HANDLER, Roles.AUDITOR, Roles.DASHBOARD)) {
            callers.put(role, () -> TestTokens.asSubject(subject("x"), role));
        }
        callers.put("no token", () -> given());
        callers.forEach((who, caller) -> {
            int expected = who.equals("no token") ? 401 : 403;
            List<Response> answers = List.of(
                    caller.get()
                            .contentType(JSON)
                            .body(Map.of("reason", "Curious."))
                            .post("/api/v1/reports/" + report + "/identity-requests"),
                    caller.get().get("/api/v1/identity-requests"),
                    caller.get().get(request(rid)),
                    caller.get().header("If-Match", etag).post(request(rid) + "/approval"),
                    caller.get()
                            .contentType(JSON)
                            .header("If-Match", etag)
                            .body(Map.of("note", "No."))
                            .post(request(rid) + "/refusal"),
                    caller.get().get(identity(rid)));
            for (Response answer : answers) {
                assertEquals(expected, answer.statusCode(), who);
                noIdentityIn(answer);
            }
        });
        // nothing was decided or read by any of them
        custodian(a)
                .get(request(rid))
                .then()
                .body("status", equalTo("REQUESTED"))
                .body("reads", equalTo(0));
    }

    private UUID confidentialReport() {
        return file(ReporterMode.CONFIDENTIAL, new ReporterIdentity(NAME, PHONE, EMAIL, TAX_ID, ADDRESS));
    }

    private UUID file(ReporterMode mode, ReporterIdentity identity) {
        UnitCode gate = openGate();
        ReportFacts facts = new ReportFacts(
                ReportKind.DENUNCIATION,
                ReportCategory.BRIBE_REQUEST,
                gate,
                null,
                null,
                "The officer at counter 2",
                null,
                "He asked for money to clear the goods.");
        return fileReport
                .file(IntakeChannel.WEB, mode, identity, facts)
                .report()
                .id();
    }

    private UnitCode openGate() {
        UnitCode code = new UnitCode(
                ("C_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 4)).toUpperCase());
        TopicWriter.send(
                bootstrap,
                "customs.staffing.v1",
                code.value(),
                "customs.staffing.UnitOpened.v1",
                "{\"unitCode\":\"" + code + "\",\"name\":\"Cửa khẩu " + code
                        + "\",\"kind\":\"SUB_DEPARTMENT\",\"parentCode\":null,\"remoteArea\":false,"
                        + "\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> units.find(code).filter(Unit::open).isPresent()));
        return code;
    }

    private String requestAs(String custodian, UUID report) {
        return custodian(custodian)
                .contentType(JSON)
                .body(Map.of("reason", "An authority asks for the reporter."))
                .post("/api/v1/reports/" + report + "/identity-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static List<String> allIds(RequestSpecification as, String status) {
        JsonPath page = as.queryParam("status", status)
                .queryParam("limit", 200)
                .get("/api/v1/identity-requests")
                .then()
                .statusCode(200)
                .body("items.status", status.equals("REQUESTED") ? hasItem("REQUESTED") : hasItem("APPROVED"))
                .extract()
                .jsonPath();
        List<String> ids = new ArrayList<>(page.getList("items.id"));
        assertTrue(page.getList("items.status").stream().allMatch(status::equals));
        return ids;
    }

    /** The sealed audit entries about one request, in chain order, read as an auditor reads them. */
    private static List<Map<String, Object>> auditEntriesOf(String rid) {
        List<Map<String, Object>> found = new ArrayList<>();
        String next = "/api/v1/audit-entries?limit=200";
        while (next != null) {
            JsonPath page = TestTokens.as(Roles.AUDITOR)
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(entry -> rid.equals(entry.get("objectId"))).forEach(found::add);
            next = page.getString("next");
        }
        return found;
    }

    private static void noIdentityIn(Response answer) {
        String body = answer.asString();
        for (String value : List.of(NAME, PHONE, TAX_ID, EMAIL, ADDRESS)) {
            assertFalse(body.contains(value), "the answer carries a value of the identity: " + answer.statusCode());
        }
    }

    private static RequestSpecification custodian(String subject) {
        return TestTokens.asSubject(subject, Roles.CUSTODIAN);
    }

    private static String subject(String who) {
        return "custodian-" + who + "-" + UUID.randomUUID();
    }

    private static String request(String rid) {
        return "/api/v1/identity-requests/" + rid;
    }

    private static String identity(String rid) {
        return request(rid) + "/identity";
    }
}
