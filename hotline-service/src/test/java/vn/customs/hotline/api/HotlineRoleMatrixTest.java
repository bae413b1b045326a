package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.RoleMatrix;
import vn.customs.testkit.TestTokens;

/**
 * Every endpoint of the hotline, its own and the platform's, against every role and no token. The public side (filing,
 * following with the receipt, proofs, the published directory) answers everyone, no token included, past any role
 * check; handling, evidence and the directory's maintenance are for HOTLINE_HANDLER only; the platform's endpoints
 * keep their own roles. No call here changes anything: bodies are invalid, ids unknown, or the change is refused for
 * another reason (a withdrawn denunciation, a file of no accepted type).
 */
@QuarkusTest
class HotlineRoleMatrixTest {

    private static final String HANDLER = Roles.HOTLINE_HANDLER;
    private static final String[] EVERYONE = {};
    private static final String OFFICER = UUID.randomUUID().toString();

    /**
     * What a transition without a body is sent with: the class consumes JSON, and a POST without a Content-Type is
     * answered 415 before any role check.
     */
    private static final String NO_BODY = "{}";

    /** A report filed once for the receipt-based endpoints; a denunciation, so that a withdrawal is refused. */
    private static HotlineFixtures.Filed filed;

    private static String unit;

    /**
     * One endpoint as the OpenAPI document names it. {@code allowed} empty means public: everyone, with or without a
     * token. {@code receipt} sends the filed report's receipt; {@code binary} sends bytes as octet-stream.
     */
    record Endpoint(String method, String template, String body, boolean receipt, boolean binary, String... allowed) {

        static Endpoint of(String method, String template, String... allowed) {
            return new Endpoint(method, template, null, false, false, allowed);
        }

        Endpoint withBody(String json) {
            return new Endpoint(method, template, json, receipt, binary, allowed);
        }

        Endpoint withReceipt() {
            return new Endpoint(method, template, body, true, binary, allowed);
        }

        Endpoint withBytes() {
            return new Endpoint(method, template, body, receipt, true, allowed);
        }

        boolean everyone() {
            return allowed.length == 0;
        }

        String key() {
            return method + " " + template;
        }

        @Override
        public String toString() {
            return key() + (everyone() ? " (public)" : " " + Arrays.toString(allowed));
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                // the public side
                Endpoint.of("POST", "/api/v1/reports", EVERYONE).withBody("{}"),
                Endpoint.of("GET", "/api/v1/report-follow-up", EVERYONE).withReceipt(),
                Endpoint.of("POST", "/api/v1/report-follow-up/messages", EVERYONE)
                        .withReceipt()
                        .withBody("{}"),
                Endpoint.of("POST", "/api/v1/report-follow-up/withdrawal", EVERYONE)
                        .withReceipt()
                        .withBody("{}"),
                Endpoint.of("POST", "/api/v1/report-follow-up/evidence", EVERYONE)
                        .withReceipt()
                        .withBytes(),
                Endpoint.of("POST", "/api/v1/report-proofs/verification", EVERYONE)
                        .withBody("{}"),
                Endpoint.of("GET", "/api/v1/report-proofs/keys", EVERYONE),
                Endpoint.of("GET", "/api/v1/hotlines", EVERYONE),
                Endpoint.of("GET", "/api/v1/public-figures", EVERYONE),
                Endpoint.of("GET", "/api/v1/hotlines/{unitCode}", EVERYONE),
                // the published directory's maintenance
                Endpoint.of("PUT", "/api/v1/hotlines/{unitCode}", HANDLER).withBody("{}"),
                Endpoint.of("DELETE", "/api/v1/hotlines/{unitCode}", HANDLER),
                // handling
                Endpoint.of("GET", "/api/v1/reports", HANDLER),
                Endpoint.of("GET", "/api/v1/reports/{id}", HANDLER),
                Endpoint.of("POST", "/api/v1/reports/{id}/acceptance", HANDLER).withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/acceptance-term", HANDLER)
                        .withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/non-acceptance", HANDLER)
                        .withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/transfer", HANDLER).withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/assignment", HANDLER).withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/verification", HANDLER)
                        .withBody(NO_BODY),
                Endpoint.of("POST", "/api/v1/reports/{id}/suspension", HANDLER).withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/resumption", HANDLER).withBody(NO_BODY),
                Endpoint.of("POST", "/api/v1/reports/{id}/extension", HANDLER).withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/accused", HANDLER).withBody("{}"),
                Endpoint.of("GET", "/api/v1/reports/{id}/accused-candidates", HANDLER),
                Endpoint.of("POST", "/api/v1/reports/{id}/conclusion", HANDLER).withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/actions", HANDLER).withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/actions/{index}/completion", HANDLER)
                        .withBody("{}"),
                Endpoint.of("POST", "/api/v1/reports/{id}/closure", HANDLER).withBody(NO_BODY),
                Endpoint.of("POST", "/api/v1/reports/{id}/withdrawal", HANDLER).withBody("{}"),
                Endpoint.of("GET", "/api/v1/reports/{id}/messages", HANDLER),
                Endpoint.of("POST", "/api/v1/reports/{id}/messages", HANDLER).withBody("{}"),
                // evidence: handlers only; the reporter adds his through the receipt and never reads any back
                Endpoint.of("GET", "/api/v1/reports/{id}/evidence", HANDLER),
                Endpoint.of("POST", "/api/v1/reports/{id}/evidence", HANDLER).withBytes(),
                Endpoint.of("GET", "/api/v1/reports/{id}/evidence/{evidenceId}", HANDLER),
                // the custody of identities: custodians only
                Endpoint.of("POST", "/api/v1/reports/{id}/identity-requests", Roles.CUSTODIAN)
                        .withBody("{}"),
                Endpoint.of("GET", "/api/v1/identity-requests", Roles.CUSTODIAN),
                Endpoint.of("GET", "/api/v1/identity-requests/{rid}", Roles.CUSTODIAN),
                Endpoint.of("POST", "/api/v1/identity-requests/{rid}/approval", Roles.CUSTODIAN)
                        .withBody(NO_BODY),
                Endpoint.of("POST", "/api/v1/identity-requests/{rid}/refusal", Roles.CUSTODIAN)
                        .withBody("{}"),
                Endpoint.of("GET", "/api/v1/identity-requests/{rid}/identity", Roles.CUSTODIAN),
                // statistics for dashboards
                Endpoint.of(
                        "GET",
                        "/api/v1/statistics/reports",
                        Roles.DASHBOARD,
                        Roles.HOTLINE_HANDLER,
                        Roles.AUDITOR,
                        Roles.INTEGRATION),
                // the platform's own
                Endpoint.of("GET", "/api/v1/audit-entries", Roles.AUDITOR),
                Endpoint.of("GET", "/api/v1/audit-entries/verification", Roles.AUDITOR),
                Endpoint.of("GET", "/api/v1/events", Roles.INTEGRATION, Roles.AUDITOR),
                Endpoint.of("GET", "/api/v1/consumers", Roles.INTEGRATION, Roles.AUDITOR),
                Endpoint.of("POST", "/api/v1/consumers/{name}/dead-letter-replays", Roles.INTEGRATION),
                Endpoint.of("GET", "/api/v1/outbox/parked-events", Roles.INTEGRATION, Roles.AUDITOR),
                Endpoint.of("DELETE", "/api/v1/outbox/parked-events/{position}", Roles.INTEGRATION),
                Endpoint.of("POST", "/api/v1/outbox/parked-events/{position}/requeue", Roles.INTEGRATION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void onlyTheRolesThatNeedAnEndpointMayCallIt(Endpoint endpoint) {
        String path = concrete(endpoint.template());
        if (endpoint.everyone() || endpoint.receipt() || endpoint.binary()) {
            checkOurselves(endpoint, path);
            return;
        }
        if (endpoint.key().equals("GET /api/v1/reports")) {
            // the queue is filtered by the handler's own postings: it needs an officer id that is one (a UUID),
            // which the test kit's matrix token does not carry ("matrix-officer" is refused as no-officer-id)
            checkOurselves(endpoint, path);
            return;
        }
        RoleMatrix matrix = RoleMatrix.endpoint(endpoint.method(), path).allows(endpoint.allowed());
        if (endpoint.body() != null) {
            matrix.body(endpoint.body()); // an allowed role gets 400, 404 or 428: never a change
        }
        matrix.check();
    }

    /** The matrix lists every operation the service documents, and nothing it does not have. */
    @Test
    void theMatrixCoversEveryDocumentedOperation() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method ->
                        Set.of("get", "post", "put", "delete", "patch").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> listed = new TreeSet<>();
        endpoints().forEach(endpoint -> listed.add(endpoint.key()));
        assertEquals(documented, listed, "the role matrix must list every operation of openapi, and only those");
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

    /**
     * A report taken by phone, at the counter, by post or e-mail is recorded by a hotline operator: anyone else, a
     * caller without a token included, is refused (403) before anything is filed. The operator's call is refused
     * here for another reason (a unit nobody opened), so nothing is filed either.
     */
    @Test
    void onlyAHotlineOperatorRecordsAReportTakenByAnotherChannel() {
        String body = "{\"intakeChannel\":\"HOTLINE_CALL\",\"kind\":\"DENUNCIATION\",\"category\":\"DELAY\","
                + "\"unitCode\":\"" + HotlineFixtures.uniqueUnitCode("NOWHERE")
                + "\",\"text\":\"Called about a delay.\",\"reporterMode\":\"ANONYMOUS\"}";
        List<String> wrong = new ArrayList<>();
        Response anonymous = given().contentType("application/json").body(body).post("/api/v1/reports");
        if (anonymous.statusCode() != 403) {
            wrong.add("no token: " + anonymous.statusCode() + " instead of 403");
        }
        for (String role : RoleMatrix.ROLES) {
            Response response = TestTokens.as(role, "officer_id", OFFICER)
                    .contentType("application/json")
                    .body(body)
                    .post("/api/v1/reports");
            int expected = role.equals(HANDLER) ? 422 : 403;
            if (response.statusCode() != expected
                    || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                wrong.add(role + ": " + response.statusCode() + " instead of " + expected + " problem+json");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n  ", wrong));
    }

    /**
     * The same rules as the test kit's {@link RoleMatrix}, for what it cannot send (a receipt header, bytes) and for
     * public endpoints: an allowed caller gets past the role check (neither 401 nor 403) and never a 5xx; any other
     * role gets 403 problem+json; no token gets 401, unless the endpoint is public.
     */
    private static void checkOurselves(Endpoint endpoint, String path) {
        Set<String> allowed = Set.of(endpoint.allowed());
        List<String> wrong = new ArrayList<>();
        Response anonymous = call(endpoint, path, given());
        if (endpoint.everyone()) {
            if (refusedOrBroken(anonymous.statusCode())) {
                wrong.add("no token: " + anonymous.statusCode() + " on a public endpoint");
            }
        } else if (anonymous.statusCode() != 401) {
            wrong.add("no token: " + anonymous.statusCode() + " instead of 401");
        }
        for (String role : RoleMatrix.ROLES) {
            Response response =
                    call(endpoint, path, TestTokens.as(role, "tax_id", "0101234567", "officer_id", OFFICER));
            int status = response.statusCode();
            if (endpoint.everyone() || allowed.contains(role)) {
                if (refusedOrBroken(status)) {
                    wrong.add(role + ": " + status + " but the role is allowed");
                }
            } else if (status != 403) {
                wrong.add(role + ": " + status + " instead of 403");
            } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                wrong.add(role + ": 403 without problem+json");
            }
        }
        assertTrue(wrong.isEmpty(), endpoint + " " + path + ":\n  " + String.join("\n  ", wrong));
    }

    /** Refused by role, broken, or never routed to the endpoint (405, 415). */
    private static boolean refusedOrBroken(int status) {
        return status == 401 || status == 403 || status == 405 || status == 415 || status >= 500;
    }

    private static Response call(Endpoint endpoint, String path, RequestSpecification request) {
        if (endpoint.receipt()) {
            request.header("Report-Receipt", filed().receipt());
        }
        if (endpoint.binary()) {
            // no accepted type (JPEG, PNG, PDF, text): refused by content, nothing stored
            request.contentType("application/octet-stream").body(new byte[] {0, 1, 2, 3, (byte) 0xff});
        } else if (endpoint.body() != null) {
            request.contentType("application/json").body(endpoint.body());
        }
        return request.request(endpoint.method(), path);
    }

    /** The template with values that name nothing: an unknown report, evidence, unit, consumer, parked event. */
    private static String concrete(String template) {
        return template.replace("{id}", UUID.randomUUID().toString())
                .replace("{evidenceId}", UUID.randomUUID().toString())
                .replace("{rid}", UUID.randomUUID().toString())
                .replace("{index}", "0")
                .replace("{unitCode}", HotlineFixtures.uniqueUnitCode("NOUNIT"))
                .replace("{name}", "no-such-consumer")
                .replace("{position}", "999999999");
    }

    private static synchronized HotlineFixtures.Filed filed() {
        if (filed == null) {
            if (unit == null) {
                unit = HotlineFixtures.openUnit("MATRIX");
            }
            filed = HotlineFixtures.file(unit, "DENUNCIATION");
        }
        return filed;
    }
}
