package vn.customs.platform.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.KafkaOutage;

/** Readiness follows Kafka: DOWN promptly while it is away, UP again when it is back. */
@QuarkusTest
class ReadinessTest {

    @Test
    void readinessSaysDownWhileKafkaIsAwayAndUpWhenItReturns() {
        KafkaOutage.begin();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get("/q/health/ready")
                            .then()
                            .statusCode(503)
                            .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("DOWN"))
                            .body(
                                    "checks.find { it.name == 'Database connections health check' }.status",
                                    equalTo("UP")));
        } finally {
            KafkaOutage.end();
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }
}
