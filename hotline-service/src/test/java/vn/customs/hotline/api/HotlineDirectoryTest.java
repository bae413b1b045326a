package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.RoleMatrix;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;

/** The published hotline directory: read by anyone, published and revised by handlers at the version they read. */
@QuarkusTest
class HotlineDirectoryTest {

    private static final String PROBLEM = "https://customs.example/problems/";

    @Test
    void anyoneReadsTheDirectoryWithoutAToken() {
        String code = uniqueCode("PUB");
        create(code, entry("GATE", "0205 3851 234")).then().statusCode(201);

        given().get("/api/v1/hotlines/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("unitCode", equalTo(code))
                .body("phones[0].number", equalTo("0205 3851 234"))
                .body("phones[0].tel", equalTo("tel:+842053851234"))
                .body("hours.periods[0].firstDay", equalTo("MONDAY"))
                .body("hours.periods[0].opens", equalTo("07:30"));
        assertTrue(directory().stream().anyMatch(item -> code.equals(item.get("unitCode"))));
        given().get("/api/v1/hotlines/NO_SUCH_UNIT_" + TestRun.id().toUpperCase())
                .then()
                .statusCode(404);
    }

    @Test
    void theDepartmentComesFirstThenTheGatesByCode() {
        String prefix = uniqueCode("ORD");
        create(prefix + "_B", entry("GATE", "0205 3851 235")).then().statusCode(201);
        create(prefix + "_A", entry("GATE", "0205 3851 236")).then().statusCode(201);
        create(prefix + "_Z", entry("DEPARTMENT", "1900 1234")).then().statusCode(201);

        List<Map<String, Object>> items = directory(); // page by page, one entry a page
        List<String> levels =
                items.stream().map(item -> (String) item.get("level")).toList();
        assertEquals(levels.stream().sorted().toList(), levels, "the department's entries before the gates'");
        List<String> gates = items.stream()
                .filter(item -> "GATE".equals(item.get("level")))
                .map(item -> (String) item.get("unitCode"))
                .toList();
        assertEquals(gates.stream().sorted().toList(), gates, "gates by code");
        List<String> ours = items.stream()
                .map(item -> (String) item.get("unitCode"))
                .filter(code -> code.startsWith(prefix))
                .toList();
        assertEquals(List.of(prefix + "_Z", prefix + "_A", prefix + "_B"), ours);
    }

    @Test
    void aHandlerRevisesAtTheVersionHeReadAndEveryChangeIsAudited() {
        String code = uniqueCode("REV");
        handler()
                .header("If-None-Match", "*")
                .contentType("application/json")
                .body(entry("GATE", "0205 3851 234"))
                .put("/api/v1/hotlines/" + code)
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/hotlines/" + code))
                .header("ETag", equalTo("\"0\""));

        put(code, "\"0\"", entry("GATE", "0912 345 678"))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("phones[0].number", equalTo("0912 345 678"))
                .body("revisedAt", startsWith("20"));
        // the same content again changes nothing: the version stays
        put(code, "\"1\"", entry("GATE", "0912 345 678")).then().statusCode(200).header("ETag", equalTo("\"1\""));

        put(code, "\"0\"", entry("GATE", "0205 3851 999"))
                .then()
                .statusCode(412)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].parameter", equalTo("If-Match"));
        handler()
                .contentType("application/json")
                .body(entry("GATE", "0205 3851 999"))
                .put("/api/v1/hotlines/" + code)
                .then()
                .statusCode(428)
                .body("type", equalTo(PROBLEM + "precondition-required"));
        handler()
                .header("If-None-Match", "*")
                .contentType("application/json")
                .body(entry("GATE", "0205 3851 999"))
                .put("/api/v1/hotlines/" + code)
                .then()
                .statusCode(412);
        given().get("/api/v1/hotlines/" + code).then().body("phones[0].number", equalTo("0912 345 678"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> audited = auditEntries(code);
            assertEquals(
                    List.of("publish-hotline", "revise-hotline"),
                    audited.stream().map(entry -> entry.get("action")).toList());
            assertTrue(((String) audited.get(1).get("details")).contains("phones"));
            assertFalse(((String) audited.get(1).get("details")).contains("0912"), "no numbers in the audit");
        });
    }

    @Test
    void aHandlerWithdrawsAnEntryAtTheVersionHeReadAndMayPublishItAgain() {
        String code = uniqueCode("WDR");
        create(code, entry("GATE", "0205 3851 234")).then().statusCode(201);
        put(code, "\"0\"", entry("GATE", "0205 3851 235")).then().statusCode(200);

        handler().delete("/api/v1/hotlines/" + code).then().statusCode(428);
        handler()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/hotlines/" + code)
                .then()
                .statusCode(412);
        given().get("/api/v1/hotlines/" + code).then().statusCode(200);
        handler()
                .header("If-Match", "\"1\"")
                .delete("/api/v1/hotlines/" + code)
                .then()
                .statusCode(204);

        given().get("/api/v1/hotlines/" + code).then().statusCode(404);
        assertFalse(directory().stream().anyMatch(item -> code.equals(item.get("unitCode"))));
        handler()
                .header("If-Match", "\"1\"")
                .delete("/api/v1/hotlines/" + code)
                .then()
                .statusCode(412);
        RoleMatrix.endpoint("DELETE", "/api/v1/hotlines/" + code)
                .allows("HOTLINE_HANDLER")
                .check();
        handler()
                .header("If-None-Match", "*")
                .contentType("application/json")
                .body(entry("GATE", "0205 3851 236"))
                .put("/api/v1/hotlines/" + code)
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertEquals(
                        List.of("publish-hotline", "revise-hotline", "withdraw-hotline", "publish-hotline"),
                        auditEntries(code).stream()
                                .map(entry -> entry.get("action"))
                                .toList()));
    }

    @Test
    void revisingAnEntryThatDoesNotExistIsAFailedPrecondition() {
        put(uniqueCode("NONE"), "\"0\"", entry("GATE", "0205 3851 234")).then().statusCode(412);
    }

    @Test
    void onlyHandlersPublish() {
        String code = uniqueCode("ROLE");
        RoleMatrix.endpoint("PUT", "/api/v1/hotlines/" + code)
                .body(entry("GATE", "0205 3851 234"))
                .allows("HOTLINE_HANDLER")
                .check();
        TestTokens.as("DECLARANT", "tax_id", "0101234567")
                .header("If-Match", "\"0\"")
                .contentType("application/json")
                .body(entry("GATE", "0205 3851 111"))
                .put("/api/v1/hotlines/" + code)
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body(entry("GATE", "0205 3851 111"))
                .put("/api/v1/hotlines/" + code)
                .then()
                .statusCode(401);
        given().get("/api/v1/hotlines").then().statusCode(200);
        given().get("/api/v1/hotlines/" + code).then().body("phones[0].number", equalTo("0205 3851 234"));
    }

    @Test
    void numbersAndAddressesNoOneCanUseAreRefusedWithTheirPointers() {
        String code = uniqueCode("BAD");
        String body = """
                {"level":"GATE","unitName":"Chi cục thử",
                 "phones":[{"label":"Đường dây nóng","number":"0205 3851 234"},
                           {"label":"Sai","number":"123 456"}],
                 "email":"duongdaynong-at-example","webAddress":"http://langson.customs.example/",
                 "hours":{"alwaysOpen":false,"periods":[
                    {"firstDay":"FRIDAY","lastDay":"MONDAY","opens":"07:30","closes":"17:00"}]}}
                """;
        create(code, body)
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(PROBLEM + "invalid-hotline-entry"))
                .body(
                        "errors.pointer",
                        containsInAnyOrder("/phones/1/number", "/email", "/webAddress", "/hours/periods/0"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("123 456")));
        given().get("/api/v1/hotlines/" + code).then().statusCode(404);

        create(code, """
                        {"level":"GATE","unitName":"Chi cục thử","phones":[],
                         "hours":{"alwaysOpen":true,"periods":[]}}
                        """).then().statusCode(422).body("errors.pointer", contains("/phones"));
        create(code, """
                        {"level":"GATE","unitName":"","phones":[{"label":"Đường dây nóng","number":"x"}],
                         "hours":{"alwaysOpen":"sometimes","periods":[]}}
                        """).then().statusCode(400).body("errors.pointer", hasItem("/hours/alwaysOpen"));
        create(code, """
                        {"unitName":"","phones":[{"label":"Đường dây nóng","number":"0205 3851 234"}],
                         "hours":{"alwaysOpen":true,"periods":[]}}
                        """).then().statusCode(400).body("errors.pointer", containsInAnyOrder("/level", "/unitName"));
        create("lower-case", entry("GATE", "0205 3851 234"))
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("unitCode"));
        handler()
                .header("If-None-Match", "\"3\"")
                .contentType("application/json")
                .body(entry("GATE", "0205 3851 234"))
                .put("/api/v1/hotlines/" + code)
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("If-None-Match"));
        given().get("/api/v1/hotlines/" + code).then().statusCode(404).body("errors", nullValue());
    }

    @Test
    void aLineOpenAroundTheClockListsNoPeriods() {
        String code = uniqueCode("H24");
        create(code, """
                        {"level":"DEPARTMENT","unitName":"Cục thử","phones":[{"label":"Đường dây nóng","number":"1900 1234"}],
                         "hours":{"alwaysOpen":true,"periods":[
                            {"firstDay":"MONDAY","lastDay":"FRIDAY","opens":"07:30","closes":"17:00"}]}}
                        """).then().statusCode(422).body("errors.pointer", contains("/hours/periods"));
        create(code, """
                        {"level":"DEPARTMENT","unitName":"Cục thử","phones":[{"label":"Đường dây nóng","number":"1900 1234"}],
                         "webAddress":"https://langson.customs.example/duong-day-nong",
                         "hours":{"alwaysOpen":true,"periods":[]}}
                        """)
                .then()
                .statusCode(201)
                .body("hours.alwaysOpen", equalTo(true))
                .body("phones[0].tel", equalTo("tel:19001234;phone-context=+84"))
                .body("email", nullValue());
    }

    static String entry(String level, String number) {
        return """
                {"level":"%s","unitName":"Chi cục Hải quan cửa khẩu thử",
                 "phones":[{"label":"Đường dây nóng","number":"%s"}],
                 "email":"duongdaynong@langson.customs.example",
                 "webAddress":"https://langson.customs.example/duong-day-nong",
                 "hours":{"alwaysOpen":false,"periods":[
                    {"firstDay":"MONDAY","lastDay":"FRIDAY","opens":"07:30","closes":"17:00"}]},
                 "note":"Có thể phản ánh không cần nêu tên."}
                """.formatted(level, number);
    }

    static String uniqueCode(String prefix) {
        return (prefix + "_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 6))
                .toUpperCase()
                .replace('-', '_');
    }

    private static RequestSpecification handler() {
        return TestTokens.as("HOTLINE_HANDLER");
    }

    private static Response create(String code, String body) {
        return handler().contentType("application/json").body(body).put("/api/v1/hotlines/" + code);
    }

    private static Response put(String code, String ifMatch, String body) {
        return handler()
                .header("If-Match", ifMatch)
                .contentType("application/json")
                .body(body)
                .put("/api/v1/hotlines/" + code);
    }

    /** The whole directory, one entry a page, so that the cursor is followed through it. */
    private static List<Map<String, Object>> directory() {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = "/api/v1/hotlines?limit=1";
        while (next != null) {
            JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
            items.addAll(page.<Map<String, Object>>getList("items"));
            next = page.getString("next");
        }
        return items;
    }

    private static List<Map<String, Object>> auditEntries(String unitCode) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String next = "/api/v1/audit-entries?limit=200";
        while (next != null) {
            JsonPath page = TestTokens.as("AUDITOR")
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            entries.addAll(page.<Map<String, Object>>getList("items"));
            next = page.getString("next");
        }
        return entries.stream()
                .filter(entry -> "hotline".equals(entry.get("objectType")) && unitCode.equals(entry.get("objectId")))
                .toList();
    }
}
