package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import vn.customs.hotline.domain.staffing.Unit;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.UnitCode;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicWriter;

/**
 * What the API tests of the hotline share: an open unit the hotline learnt from staffing's {@code UnitOpened}, a
 * report filed through the public endpoint with its receipt, and a handler with an officer id and no conflict of
 * interest (never posted anywhere).
 */
public final class HotlineFixtures {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private HotlineFixtures() {}

    /** A report as its filing answered: the id and the receipt, shown this once. */
    public record Filed(String reportId, String receipt) {}

    /** A unit code nobody else uses in this run. */
    public static String uniqueUnitCode(String prefix) {
        return (prefix + "_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 4)).toUpperCase();
    }

    /** Staffing opens a unit (a gate under no department); returns once the hotline knows it as open. */
    public static String openUnit(String prefix) {
        String code = uniqueUnitCode(prefix);
        TopicWriter.send(
                TestRun.kafkaBootstrapServers(),
                "customs.staffing.v1",
                code,
                "customs.staffing.UnitOpened.v1",
                "{\"unitCode\":\"" + code + "\",\"name\":\"Đội " + code + "\",\"kind\":\"SUB_DEPARTMENT\","
                        + "\"parentCode\":null,\"remoteArea\":false,\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        UnitDirectory units = Arc.container().instance(UnitDirectory.class).get();
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() ->
                                units.find(new UnitCode(code)).map(Unit::open).orElse(false)));
        return code;
    }

    /** The body of an anonymous web report about a unit. */
    public static String anonymousReport(String unitCode, String kind) {
        return "{\"kind\":\"" + kind + "\",\"category\":\"BRIBE_REQUEST\",\"unitCode\":\"" + unitCode + "\","
                + "\"text\":\"The officer at counter 2 asked for money to clear the goods.\","
                + "\"reporterMode\":\"ANONYMOUS\"}";
    }

    /** Files an anonymous web report (no token) and returns its id and receipt. */
    public static Filed file(String unitCode, String kind) {
        var answer = given().contentType("application/json")
                .body(anonymousReport(unitCode, kind))
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .extract();
        return new Filed(answer.path("reportId"), answer.path("receipt"));
    }

    /** A handler's officer id: never posted anywhere, so without conflict of interest in any report. */
    public static String newHandler() {
        return UUID.randomUUID().toString();
    }

    /** A request as a hotline handler who is the given officer. */
    public static RequestSpecification asHandler(String officerId) {
        return TestTokens.as("HOTLINE_HANDLER", "officer_id", officerId);
    }

    /** The report's current ETag, as the handler reads it. */
    public static String etag(String reportId, String officerId) {
        return asHandler(officerId)
                .get("/api/v1/reports/" + reportId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
