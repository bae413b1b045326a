package vn.customs.staffing.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.staffing.application.Notices;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;

/** The daily job announces a rotation coming due and one overdue, once each however often it runs. */
@QuarkusTest
class NoticesTest {

    @Inject
    Notices notices;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void dueAndOverdueRotationsAreAnnouncedOnceEach() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String code = Staffing.uniqueCode("NTC");
        String gate = Staffing.gate(code);
        String post = Staffing.post(gate, "CLEARANCE", true, 5, false); // rotates after 36 months
        String overdue = Staffing.officer("Châu Văn Quá");
        String due = Staffing.officer("Châu Thị Sắp");
        String fresh = Staffing.officer("Châu Văn Mới");
        Staffing.move(overdue, post, today.minusMonths(37), "INITIAL").then().statusCode(201);
        Staffing.move(due, post, today.minusMonths(36).plusDays(30), "INITIAL")
                .then()
                .statusCode(201);
        Staffing.move(fresh, post, today.minusMonths(6), "INITIAL").then().statusCode(201);

        TestTokens.as("PERSONNEL")
                .queryParam("unit", code)
                .get("/api/v1/rotation-standings")
                .then()
                .statusCode(200)
                .body("officerId", org.hamcrest.Matchers.equalTo(List.of(overdue, due)))
                .body("standing", org.hamcrest.Matchers.equalTo(List.of("OVERDUE", "DUE")));

        assertTrue(notices.send() >= 2);
        notices.send(); // a second run, as tomorrow's or another instance's, sends nothing again for them

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(List.of("customs.staffing.RotationOverdue.v1"), noticesFor(overdue));
            assertEquals(List.of("customs.staffing.RotationDue.v1"), noticesFor(due));
        });
        assertEquals(List.of(), noticesFor(fresh));
    }

    private List<String> noticesFor(String officer) {
        return TopicReader.readAll(bootstrapServers, "customs.staffing.v1").stream()
                .filter(record -> officer.equals(record.key()))
                .map(NoticesTest::type)
                .filter(type -> type.contains("Rotation"))
                .collect(Collectors.toList());
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8);
    }
}
