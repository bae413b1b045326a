package vn.customs.staffing.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.staffing.application.AnnounceUnits;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;

/** Units are announced when opened and closed; a closed unit takes nothing new, a staffed one cannot close. */
@QuarkusTest
class UnitsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aUnitIsAnnouncedOpenAndClosesOnlyOnceEmptyAfterWhichItTakesNothingNew() {
        String code = Staffing.uniqueCode("CLS");
        String gate = Staffing.gate(code);
        String post = Staffing.post(gate, "CLEARANCE", true, 5, false);
        String officer = Staffing.officer("Mai Văn Đóng");
        Staffing.move(officer, post, LocalDate.of(2024, 1, 1), "INITIAL").then().statusCode(201);

        close(gate, "2026-01-01")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/unit-still-staffed"));
        String department = TestTokens.as("PERSONNEL")
                .queryParam("kind", "DEPARTMENT")
                .get("/api/v1/units")
                .then()
                .extract()
                .path("items.find { it.code == '" + code + "_D' }.id");
        close(department, "2026-01-01")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/unit-still-staffed"));

        Staffing.depart(officer, "RETIREMENT", LocalDate.of(2025, 12, 31))
                .then()
                .statusCode(200);
        close(gate, "2026-01-01").then().statusCode(200).body("closedOn", equalTo("2026-01-01"));
        close(gate, "2026-02-01").then().statusCode(409);

        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"unitId\":\"" + gate + "\",\"title\":\"New post\",\"function\":\"CLEARANCE\","
                        + "\"sensitive\":false,\"minStaff\":0,\"establishment\":1,"
                        + "\"minRank\":\"ASSOCIATE_INSPECTOR\",\"headOfUnit\":false}")
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/unit-closed"));
        Staffing.move(Staffing.officer("Mai Thị Mới"), post, LocalDate.of(2026, 2, 1), "INITIAL")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/unit-closed"));
        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"code\":\"" + code + "_T\",\"name\":\"Đội\",\"kind\":\"TEAM\",\"parentCode\":\"" + code
                        + "\",\"remoteArea\":false}")
                .post("/api/v1/units")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/unit-closed"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(List.of("customs.staffing.UnitOpened.v1"), types(code + "_D"));
            assertEquals(List.of("customs.staffing.UnitOpened.v1", "customs.staffing.UnitClosed.v1"), types(code));
        });
        JsonPath opened = new JsonPath(events(code).get(0).value());
        assertEquals(code + "_D", opened.getString("parentCode"));
        assertEquals("SUB_DEPARTMENT", opened.getString("kind"));
        assertEquals("2026-01-01", new JsonPath(events(code).get(1).value()).getString("closedOn"));
    }

    @Inject
    AnnounceUnits announceUnits;

    @Inject
    EntityManager entityManager;

    @Test
    void unitsRegisteredBeforeTheUnitEventsAreAnnouncedOnceParentsFirstAndAClosedOneClosedAgain() {
        String code = Staffing.uniqueCode("OLD");
        UUID department = UUID.randomUUID();
        UUID gate = UUID.randomUUID();
        // as a database from before the unit events holds them: never announced, the gate since closed
        QuarkusTransaction.requiringNew().run(() -> {
            insertUnannounced(department, code + "_D", "DEPARTMENT", null, null);
            insertUnannounced(gate, code, "SUB_DEPARTMENT", department, LocalDate.of(2025, 6, 30));
        });

        List<String> announced = announceUnits.announceTheUnannounced().stream()
                .map(Unit::code)
                .filter(unit -> unit.startsWith(code))
                .toList();
        List<String> again = announceUnits.announceTheUnannounced().stream()
                .map(Unit::code)
                .filter(unit -> unit.startsWith(code))
                .toList();

        assertEquals(List.of(code + "_D", code), announced);
        assertEquals(List.of(), again);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(List.of("customs.staffing.UnitOpened.v1"), types(code + "_D"));
            assertEquals(List.of("customs.staffing.UnitOpened.v1", "customs.staffing.UnitClosed.v1"), types(code));
        });
        assertEquals(code + "_D", new JsonPath(events(code).get(0).value()).getString("parentCode"));
        assertEquals("2025-06-30", new JsonPath(events(code).get(1).value()).getString("closedOn"));
    }

    private void insertUnannounced(UUID id, String code, String kind, UUID parent, LocalDate closedOn) {
        entityManager
                .createNativeQuery(
                        "INSERT INTO units (id, code, name, kind, parent_id, remote_area, version,"
                                + " created_at, closed_on, closure_decision) VALUES (?1, ?2, ?3, ?4, ?5, false, 0, clock_timestamp(), ?6, ?7)")
                .setParameter(1, id)
                .setParameter(2, code)
                .setParameter(3, "Đơn vị " + code)
                .setParameter(4, kind)
                .setParameter(5, parent)
                .setParameter(6, closedOn)
                .setParameter(7, closedOn == null ? null : "1/QĐ-OLD")
                .executeUpdate();
    }

    private List<ConsumerRecord<String, String>> events(String unitCode) {
        return TopicReader.readAll(bootstrapServers, "customs.staffing.v1").stream()
                .filter(record -> unitCode.equals(record.key()))
                .filter(record -> type(record).contains("Unit"))
                .filter(record -> !type(record).contains("UnitHeadChanged"))
                .collect(Collectors.toList());
    }

    private List<String> types(String unitCode) {
        return events(unitCode).stream().map(UnitsTest::type).collect(Collectors.toList());
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8);
    }

    private static io.restassured.response.Response close(String unitId, String on) {
        String etag = TestTokens.as("PERSONNEL")
                .get("/api/v1/units/" + unitId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .header("If-Match", etag)
                .body("{\"closedOn\":\"" + on + "\",\"decisionNumber\":\"9/QĐ-TEST\"}")
                .post("/api/v1/units/" + unitId + "/closure");
    }
}
