package vn.customs.testkit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * What every service must do from its first day, tested the same way for all four: answer ready only when its
 * own PostgreSQL database and the Kafka broker answer, serve its OpenAPI document, Swagger UI and Prometheus
 * metrics, accept only tokens for its own audience, write a row through Panache, and get a record to and back from
 * the real broker.
 *
 * <p>A service's test extends it with {@code @QuarkusTest} and names its database.
 */
public abstract class ServiceFoundationTest {

    private static final String AUDIT_ENTRIES = "/api/v1/audit-entries?limit=1";

    private final String database;

    protected ServiceFoundationTest(String database) {
        this.database = database;
    }

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void servesItsOpenApiDocumentAndSwaggerUi() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", startsWith("3."));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    /**
     * The API contract is reviewed like code: {@code openapi.yaml} at the module root is the document the service
     * serves, and a change to the code that changes the contract must change that file in the same commit. Run
     * the service's tests with {@code -Dcustoms.openapi.write=true} to rewrite it, then review the diff.
     */
    @Test
    void theCommittedOpenApiDocumentIsTheOneTheServiceServes() throws java.io.IOException {
        String served = given().queryParam("format", "yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replace("\r\n", "\n");
        java.nio.file.Path committed = java.nio.file.Path.of("openapi.yaml");
        if (Boolean.getBoolean("customs.openapi.write")) {
            java.nio.file.Files.writeString(committed, served);
        }
        if (!java.nio.file.Files.exists(committed)) {
            throw new AssertionError(
                    "No openapi.yaml in " + committed.toAbsolutePath().getParent()
                            + "; create it with: ./mvnw verify -Dcustoms.openapi.write=true -pl <this service>");
        }
        assertEquals(
                java.nio.file.Files.readString(committed),
                served,
                "The API contract changed: review and commit openapi.yaml"
                        + " (./mvnw verify -Dcustoms.openapi.write=true -pl <this service> rewrites it)");
    }

    /**
     * A token minted for another service of the suite is refused here: each service verifies its own audience, so a
     * token that leaks from one service (its logs, a caller's script) opens none of the others.
     */
    @Test
    void acceptsTokensForItsOwnAudienceOnlyAndRefusesTheOtherServicesWithProblemJson() {
        String own = TestTokens.audience();
        assertTrue(
                LocalTokenIssuer.SERVICE_AUDIENCES.containsValue(own),
                () -> "mp.jwt.verify.audiences=" + own + " is none of the suite's service audiences "
                        + LocalTokenIssuer.SERVICE_AUDIENCES.values());
        given().auth()
                .oauth2(TestTokens.tokenFor(List.of(own), "AUDITOR"))
                .get(AUDIT_ENTRIES)
                .then()
                .statusCode(200);
        for (String other : LocalTokenIssuer.SERVICE_AUDIENCES.values()) {
            if (other.equals(own)) {
                continue;
            }
            given().auth()
                    .oauth2(TestTokens.tokenFor(List.of(other), "AUDITOR"))
                    .get(AUDIT_ENTRIES)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("status", equalTo(401));
        }
    }

    @Test
    void servesPrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void aRequestWritesARowInTheServiceDatabaseAndItsRecordComesBackFromTheBroker() {
        String note = "wiring " + TestRun.id();
        String id = given().contentType(ContentType.JSON)
                .body("{\"note\":\"" + note + "\"}")
                .when()
                .post("/testkit/wiring-probes")
                .then()
                .statusCode(201)
                .body("note", equalTo(note))
                .body("database", equalTo(expectedDatabaseName()))
                .body("echoedAt", nullValue())
                .extract()
                .path("id");

        try (KafkaCompanion companion = new KafkaCompanion(TestRun.kafkaBootstrapServers())) {
            ConsumerTask<String, String> records = companion
                    .consumeStrings()
                    .fromTopics(TestRun.wiringTopic())
                    .awaitRecords(1, Duration.ofSeconds(30));
            ConsumerRecord<String, String> record = records.getFirstRecord();
            assertEquals(id, record.value(), "the record on the topic carries the row's id");
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().when()
                        .get("/testkit/wiring-probes/" + id)
                        .then()
                        .statusCode(200)
                        .body("echoedAt", notNullValue()));
    }

    /** The database the row must land in: the service's own (with a unique suffix on a shared server). */
    private String expectedDatabaseName() {
        String url = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class);
        String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*$", "");
        if (!name.startsWith(database)) {
            throw new AssertionError("The test database " + name + " is not the " + database + " service's");
        }
        return name;
    }
}
