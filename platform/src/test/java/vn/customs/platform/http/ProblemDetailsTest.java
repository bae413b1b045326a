package vn.customs.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class of error answers RFC 9457 problem+json with the right status and a stable type. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PARCELS = "/api/v1/test-parcels";
    private static final String VALID = "{\"name\":\"tea\",\"weightKg\":2.5,\"items\":[{\"hsCode\":\"09021000\"}]}";

    static Stream<Arguments> errorClasses() {
        return Stream.of(
                error("unknown route", 404, "not-found", r -> r.get("/api/v1/no-such-thing")),
                error("wrong method", 405, "method-not-allowed", r -> r.delete(PARCELS)),
                error(
                        "wrong content type",
                        415,
                        "unsupported-media-type",
                        r -> r.contentType("text/plain").body("tea").post(PARCELS)),
                error(
                        "unacceptable answer type",
                        406,
                        "not-acceptable",
                        r -> r.accept("application/xml").get(PARCELS + "/broken")),
                error(
                        "malformed JSON",
                        400,
                        "malformed-json",
                        r -> json(r).body("{\"name\": ").post(PARCELS)),
                error(
                        "wrong JSON type",
                        400,
                        "validation",
                        r -> json(r).body("{\"name\":\"tea\",\"weightKg\":\"heavy\",\"items\":[]}")
                                .post(PARCELS)),
                error(
                        "unknown field",
                        400,
                        "validation",
                        r -> json(r).body("{\"name\":\"tea\",\"weightKg\":1,\"items\":[],\"colour\":\"red\"}")
                                .post(PARCELS)),
                error(
                        "invalid fields",
                        400,
                        "validation",
                        r -> json(r).body("{\"name\":\"\",\"weightKg\":-1,\"items\":[{\"hsCode\":\"x\"}]}")
                                .post(PARCELS)),
                error(
                        "oversized body",
                        413,
                        "payload-too-large",
                        r -> json(r).body("{\"name\":\"" + "x".repeat(5_000_000) + "\"}")
                                .post(PARCELS)),
                error("unknown object", 404, "not-found", r -> r.get(PARCELS + "/" + java.util.UUID.randomUUID())),
                error(
                        "illegal transition",
                        409,
                        "illegal-transition",
                        r -> json(r).body("{}").post(PARCELS + "/" + java.util.UUID.randomUUID() + "/release")),
                error(
                        "business rule",
                        422,
                        "weight-over-limit",
                        r -> json(r).body("{}").post(PARCELS + "/" + java.util.UUID.randomUUID() + "/weigh")),
                error("unexpected error", 500, "internal-error", r -> r.get(PARCELS + "/broken")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("errorClasses")
    void answersProblemJson(
            String errorClass,
            int status,
            String type,
            Function<RequestSpecification, io.restassured.response.Response> call) {
        ValidatableResponse response = call.apply(given()).then();

        response.statusCode(status)
                .contentType(equalTo("application/problem+json"))
                .body("type", equalTo(Problem.TYPE_BASE + type))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .header(CorrelationId.HEADER, notNullValue());
    }

    static Stream<Arguments> hostileBodies() {
        String base = "\"weightKg\":1,\"items\":[]";
        return Stream.of(
                Arguments.of("duplicate key", "{\"name\":\"tea\",\"name\":\"coffee\"," + base + "}", "/name"),
                Arguments.of("trailing text", VALID + " x", "/"),
                Arguments.of("two documents", VALID + VALID, "/"),
                Arguments.of("enum ordinal", "{\"name\":\"tea\"," + base + ",\"direction\":1}", "/direction"),
                Arguments.of("number for text", "{\"name\":123," + base + "}", "/name"),
                Arguments.of("boolean for text", "{\"name\":true," + base + "}", "/name"),
                Arguments.of("fraction for a whole number", "{\"name\":\"t\"," + base + ",\"pieces\":2.5}", "/pieces"),
                Arguments.of("text for a whole number", "{\"name\":\"t\"," + base + ",\"pieces\":\"3\"}", "/pieces"),
                Arguments.of("number for a boolean", "{\"name\":\"t\"," + base + ",\"fragile\":1}", "/fragile"),
                Arguments.of(
                        "date-time for a date",
                        "{\"name\":\"t\"," + base + ",\"arrival\":\"2026-11-28T10:00:00\"}",
                        "/arrival"),
                Arguments.of(
                        "the last date Java knows",
                        "{\"name\":\"t\"," + base + ",\"arrival\":\"+999999999-12-31\"}",
                        "/arrival"),
                Arguments.of(
                        "a five-digit year", "{\"name\":\"t\"," + base + ",\"arrival\":\"+99999-01-01\"}", "/arrival"),
                Arguments.of(
                        "a date-time far away",
                        "{\"name\":\"t\"," + base + ",\"sealedAt\":\"+99999-01-01T00:00:00Z\"}",
                        "/sealedAt"),
                Arguments.of("NUL in text", "{\"name\":\"te\\u0000a\"," + base + "}", "/name"),
                Arguments.of("escape character in text", "{\"name\":\"te\\u001ba\"," + base + "}", "/name"),
                Arguments.of(
                        "NUL in a list element",
                        "{\"name\":\"t\",\"weightKg\":1,\"items\":[{\"hsCode\":\"\\u0000\"}]}",
                        "/items/0/hsCode"));
    }

    @ParameterizedTest(name = "{0} -> 400 at {2}")
    @MethodSource("hostileBodies")
    void aBodyThatIsNotExactlyWhatTheContractSaysIsRefusedWithAPointer(String what, String body, String pointer) {
        given().contentType("application/json")
                .body(body)
                .post(PARCELS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo(pointer));
    }

    @Test
    void exactBodiesStillPassAndMoneyMayBeADecimalString() {
        given().contentType("application/json")
                .body("{\"name\":\"tea\\tleaves\\n\",\"weightKg\":\"2.5\",\"items\":[],\"direction\":\"IMPORT\","
                        + "\"arrival\":\"2026-11-28\",\"sealedAt\":\"2026-11-28T10:00:00+07:00\",\"pieces\":3,"
                        + "\"fragile\":true}")
                .post(PARCELS)
                .then()
                .statusCode(200)
                .body("name", equalTo("tea\tleaves\n"));
    }

    @Test
    void controlCharactersInThePathOrQueryAreRefusedNamingWhere() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/test-notes?prefix=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("prefix"))
                .body("errors[0].message", containsString("U+0000"));
        given().urlEncodingEnabled(false)
                .get(PARCELS + "/%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("path"));
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedWith415() throws Exception {
        assertProblem(415, post(null, HttpRequest.BodyPublishers.ofString(VALID)));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsAnyOther() throws Exception {
        byte[] valid = VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> answer = post(
                "application/json", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(valid)));
        org.junit.jupiter.api.Assertions.assertEquals(200, answer.statusCode(), answer.body());
        org.junit.jupiter.api.Assertions.assertTrue(answer.body().contains("\"name\":\"tea\""), answer.body());
    }

    @Test
    void aLongUriOrLargeHeadersGetAProblemNotABareAnswer() {
        given().queryParam("prefix", "x".repeat(5000))
                .get("/api/v1/test-notes")
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "uri-too-long"));
        given().header("X-Padding", "y".repeat(25_000))
                .get(PARCELS + "/broken")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "headers-too-large"));
    }

    @Test
    void anEmptyChunkedBodyIsAnsweredNotLeftWaiting() throws Exception {
        assertProblem(
                400, post("application/json", HttpRequest.BodyPublishers.ofInputStream(InputStream::nullInputStream)));
    }

    @Test
    void a405SaysWhichMethodsThePathAllows() {
        given().delete(PARCELS).then().statusCode(405).header("Allow", "POST");
        given().delete(PARCELS + "/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD")
                .body("detail", containsString("GET"));
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsRefusedWithAProblem() throws Exception {
        byte[] chunk = ("{\"name\":\"" + "x".repeat(1_000_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // no length known in advance: sent chunked, the size shows only while reading
        assertProblem(
                413,
                post(
                        "application/json",
                        HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                                Collections.enumeration(Stream.generate(() -> new ByteArrayInputStream(chunk))
                                        .limit(6)
                                        .toList())))));
    }

    @Test
    void validationErrorsPointAtEachInvalidField() {
        given().contentType("application/json")
                .body("{\"name\":\"\",\"weightKg\":-1,\"items\":[{\"hsCode\":\"x\"}]}")
                .post(PARCELS)
                .then()
                .statusCode(400)
                .body("errors.pointer", hasItem("/name"))
                .body("errors.pointer", hasItem("/weightKg"))
                .body("errors.pointer", hasItem("/items/0/hsCode"))
                .body("errors.find { it.pointer == '/items/0/hsCode' }.message", equalTo("must be an 8-digit HS code"));
    }

    @Test
    void aWrongTypePointsAtTheField() {
        given().contentType("application/json")
                .body("{\"name\":\"tea\",\"weightKg\":\"heavy\",\"items\":[]}")
                .post(PARCELS)
                .then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/weightKg"))
                .body("errors[0].message", containsString("number"));
    }

    @Test
    void anUnexpectedErrorRevealsNothingInternalAndQuotesTheCorrelationId() {
        given().header(CorrelationId.HEADER, "ops-check-42")
                .get(PARCELS + "/broken")
                .then()
                .statusCode(500)
                .header(CorrelationId.HEADER, "ops-check-42")
                .body("correlationId", equalTo("ops-check-42"))
                .body("detail", containsString("ops-check-42"))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at vn.customs")));
    }

    @Test
    void aValidRequestStillWorks() {
        given().contentType("application/json")
                .body(VALID)
                .post(PARCELS)
                .then()
                .statusCode(200)
                .body("name", equalTo("tea"));
    }

    @Test
    void aCorrelationIdIsGeneratedWhenNoneOrAnUnsafeOneIsGiven() {
        given().header(CorrelationId.HEADER, "bad id\twith spaces")
                .get(PARCELS + "/broken")
                .then()
                .header(CorrelationId.HEADER, not(containsString(" ")))
                .header(CorrelationId.HEADER, notNullValue());
    }

    /**
     * Posts to the parcels over HTTP/1.1 with the JDK client, which (unlike RestAssured) can leave out Content-Type and
     * send a body of unknown length chunked.
     */
    private static HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + io.restassured.RestAssured.port + PARCELS))
                .timeout(java.time.Duration.ofSeconds(20))
                .POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(int status, HttpResponse<String> answer) {
        org.junit.jupiter.api.Assertions.assertEquals(status, answer.statusCode(), answer.body());
        org.junit.jupiter.api.Assertions.assertEquals(
                "application/problem+json",
                answer.headers().firstValue("Content-Type").orElse(""));
    }

    private static Arguments error(
            String name,
            int status,
            String type,
            Function<RequestSpecification, io.restassured.response.Response> call) {
        return Arguments.of(name, status, type, call);
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType("application/json");
    }
}
