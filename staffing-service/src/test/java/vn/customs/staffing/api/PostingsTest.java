package vn.customs.staffing.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/** Moves keep the posting invariants, and "who was at U on D" is answered across moves, now and as known then. */
@QuarkusTest
class PostingsTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate MOVE = LocalDate.of(2025, 1, 1);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void aMoveClosesTheCurrentPostingTheDayBeforeAndOpensTheNext() {
        String unit = Staffing.gate(Staffing.uniqueCode("MV"));
        String first = Staffing.post(unit, "CLEARANCE", true, 5, false);
        String second = Staffing.post(unit, "SUPERVISION", true, 5, false);
        String officer = Staffing.officer("Lê Văn Tám");
        Staffing.move(officer, first, START, "INITIAL").then().statusCode(201).body("validTo", nullValue());
        Staffing.moved(officer, second, MOVE);

        JsonPath history = TestTokens.as("PERSONNEL")
                .get("/api/v1/officers/" + officer + "/postings")
                .jsonPath();
        assertEquals(List.of(first, second), history.getList("postId"));
        assertEquals("2024-12-31", history.getString("[0].validTo"));
        assertEquals(null, history.getString("[1].validTo"));
        assertEquals("PERIODIC_ROTATION", history.getString("[1].kind"));
    }

    @Test
    void whoWasAtAUnitOnADateFollowsTheMovesAndWhatWasKnownWhen() {
        String code = Staffing.uniqueCode("WHO");
        String gate = Staffing.gate(code);
        String otherCode = Staffing.uniqueCode("WHO2");
        String other = Staffing.unit(otherCode, "SUB_DEPARTMENT", code + "_D").getString("id");
        String here = Staffing.post(gate, "CLEARANCE", true, 5, false);
        String there = Staffing.post(other, "CLEARANCE", true, 5, false);
        String officer = Staffing.officer("Phạm Thị Hồng");
        Staffing.move(officer, here, START, "INITIAL").then().statusCode(201);
        Instant beforeTheMoveWasRecorded = Instant.now();
        Staffing.moved(officer, there, MOVE);

        assertEquals(List.of(officer), postedAt(code, "2024-06-30", null));
        assertEquals(List.of(), postedAt(code, "2025-06-30", null));
        assertEquals(List.of(officer), postedAt(otherCode, "2025-06-30", null));
        // Before the (backdated) move was recorded, the register still had him at the first gate.
        assertEquals(List.of(officer), postedAt(code, "2025-06-30", beforeTheMoveWasRecorded));
        assertEquals(List.of(), postedAt(otherCode, "2025-06-30", beforeTheMoveWasRecorded));
        TestTokens.as("AUDITOR")
                .queryParam("post", there)
                .queryParam("on", "2025-01-01")
                .get("/api/v1/postings")
                .then()
                .statusCode(200)
                .body("items.officerName", equalTo(List.of("Phạm Thị Hồng")));
    }

    @Test
    void aMoveThatWouldOverlapAnEarlierPostingIsRefusedAndChangesNothing() {
        String unit = Staffing.gate(Staffing.uniqueCode("OVL"));
        String first = Staffing.post(unit, "CLEARANCE", true, 5, false);
        String second = Staffing.post(unit, "SUPERVISION", true, 5, false);
        String officer = Staffing.officer("Đỗ Văn Hải");
        Staffing.move(officer, first, START, "INITIAL").then().statusCode(201);
        Staffing.depart(officer, "LONG_LEAVE", MOVE).then().statusCode(200);

        // He held the first post until MOVE: a posting from before then would overlap it.
        Staffing.move(officer, second, MOVE.minusMonths(3), "TEMPORARY_TRANSFER")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/posting-overlap"));
        TestTokens.as("PERSONNEL")
                .get("/api/v1/officers/" + officer + "/postings")
                .then()
                .body("size()", equalTo(1))
                .body("[0].validTo", equalTo(MOVE.toString()));
    }

    @Test
    void aMoveBeforeTheCurrentPostingBeganIsRefusedAndChangesNothing() {
        String unit = Staffing.gate(Staffing.uniqueCode("SHRT"));
        String first = Staffing.post(unit, "CLEARANCE", true, 5, false);
        String second = Staffing.post(unit, "SUPERVISION", true, 5, false);
        String officer = Staffing.officer("Đỗ Văn Hùng");
        Staffing.move(officer, first, MOVE, "INITIAL").then().statusCode(201);

        Staffing.move(officer, second, START, "PERIODIC_ROTATION")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/posting-too-short"));
        TestTokens.as("PERSONNEL")
                .get("/api/v1/officers/" + officer + "/postings")
                .then()
                .body("size()", equalTo(1))
                .body("[0].validTo", nullValue());
    }

    @Test
    void anOfficerWhoRetiresLeavesHisPostWithoutANewOneAndPostingEndedSaysWhy() {
        String code = Staffing.uniqueCode("RET");
        String unit = Staffing.gate(code);
        String headPost = Staffing.post(unit, "MANAGEMENT", false, 1, true);
        String officer = Staffing.officer("Lương Văn Can", "PRINCIPAL_INSPECTOR");
        Staffing.move(officer, headPost, START, "PROMOTION").then().statusCode(201);

        Staffing.depart(officer, "RETIREMENT", MOVE)
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("currentPosting", nullValue());

        TestTokens.as("PERSONNEL")
                .get("/api/v1/officers/" + officer + "/postings")
                .then()
                .body("size()", equalTo(1))
                .body("[0].validTo", equalTo(MOVE.toString()));
        TestTokens.as("DASHBOARD")
                .queryParam("on", MOVE.plusDays(1).toString())
                .get("/api/v1/units/" + unit + "/head")
                .then()
                .body("posting", nullValue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> ended = eventsOf(officer).stream()
                    .filter(r -> header(r, CloudEventHeaders.TYPE).equals("customs.staffing.PostingEnded.v1"))
                    .collect(Collectors.toList());
            assertEquals(1, ended.size());
            JsonPath event = new JsonPath(ended.get(0).value());
            assertEquals("RETIREMENT", event.getString("reason"));
            assertEquals(MOVE.toString(), event.getString("to"));
        });
        // Nothing left to end: 409; a stale ETag: 412.
        Staffing.depart(officer, "DISMISSAL", MOVE.plusDays(5)).then().statusCode(409);
        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .header("If-Match", "\"999\"")
                .body("{\"reason\":\"LONG_LEAVE\",\"lastDay\":\"2025-02-01\",\"decisionNumber\":\"1/QĐ\"}")
                .post("/api/v1/officers/" + officer + "/departures")
                .then()
                .statusCode(412);
    }

    @Test
    void aPostAtItsEstablishmentTakesNoOneMoreAndTheRefusedMoveLeavesTheOfficerWhereHeWas() {
        String unit = Staffing.gate(Staffing.uniqueCode("FULL"));
        String single = Staffing.post(unit, "ACCOUNTING", true, 1, false);
        String elsewhere = Staffing.post(unit, "CLEARANCE", true, 5, false);
        Staffing.move(Staffing.officer("Vũ Thị Mai"), single, START, "INITIAL")
                .then()
                .statusCode(201);
        String second = Staffing.officer("Bùi Văn Long");
        Staffing.move(second, elsewhere, START, "INITIAL").then().statusCode(201);

        Staffing.move(second, single, MOVE, "PERIODIC_ROTATION")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/post-full"));
        TestTokens.as("PERSONNEL")
                .get("/api/v1/officers/" + second + "/postings")
                .then()
                .body("size()", equalTo(1))
                .body("[0].postId", equalTo(elsewhere))
                .body("[0].validTo", nullValue());
    }

    @Test
    void twoConcurrentMovesIntoTheLastPlaceOfAPostLetExactlyOneIn() throws Exception {
        String unit = Staffing.gate(Staffing.uniqueCode("RACE"));
        String single = Staffing.post(unit, "PROCUREMENT", true, 1, false);
        String start = Staffing.post(unit, "CLEARANCE", true, 10, false);
        List<String> officers = List.of(Staffing.officer("Ngô Văn Một"), Staffing.officer("Ngô Văn Hai"));
        for (String officer : officers) {
            Staffing.move(officer, start, START, "INITIAL").then().statusCode(201);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> moves = officers.stream()
                    .map(officer -> (Callable<Integer>) () -> Staffing.move(officer, single, MOVE, "PERIODIC_ROTATION")
                            .statusCode())
                    .collect(Collectors.toList());
            List<Integer> statuses = pool.invokeAll(moves).stream()
                    .map(PostingsTest::get)
                    .sorted()
                    .collect(Collectors.toList());
            assertEquals(List.of(201, 422), statuses);
        } finally {
            pool.shutdownNow();
        }
        TestTokens.as("PERSONNEL")
                .queryParam("post", single)
                .queryParam("on", MOVE.toString())
                .get("/api/v1/postings")
                .then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void theHeadOfAUnitIsWhoeverHeldItsHeadPostOnTheDay() {
        String unit = Staffing.gate(Staffing.uniqueCode("HEAD"));
        String headPost = Staffing.post(unit, "MANAGEMENT", false, 1, true);
        String head = Staffing.officer("Hoàng Minh Quân", "PRINCIPAL_INSPECTOR");
        Staffing.move(head, headPost, START, "PROMOTION").then().statusCode(201);

        TestTokens.as("DASHBOARD")
                .queryParam("on", "2024-03-01")
                .get("/api/v1/units/" + unit + "/head")
                .then()
                .statusCode(200)
                .body("posting.officerId", equalTo(head));
        TestTokens.as("DASHBOARD")
                .queryParam("on", "2023-12-31")
                .get("/api/v1/units/" + unit + "/head")
                .then()
                .statusCode(200)
                .body("posting", nullValue());
    }

    @Test
    void theUnitHeadAndRotationStandingsAnswerAsKnownAtAMoment() {
        String code = Staffing.uniqueCode("KNW");
        String unit = Staffing.gate(code);
        String headPost = Staffing.post(unit, "MANAGEMENT", false, 1, true);
        String clearance = Staffing.post(unit, "CLEARANCE", true, 5, false);
        String head = Staffing.officer("Đinh Văn Biết", "PRINCIPAL_INSPECTOR");
        String longServing = Staffing.officer("Đinh Thị Lâu");
        Staffing.move(head, headPost, START, "PROMOTION").then().statusCode(201);
        Staffing.move(longServing, clearance, LocalDate.of(2020, 1, 1), "INITIAL")
                .then()
                .statusCode(201);
        // a moment strictly after the moves were recorded and strictly before the departures below are
        Instant moved = Instant.now();
        await().atMost(Duration.ofSeconds(1)).until(() -> Instant.now().isAfter(moved.plusMillis(5)));
        Instant moment = Instant.now();
        String before = moment.atOffset(java.time.ZoneOffset.ofHours(7)).toString();
        await().atMost(Duration.ofSeconds(1)).until(() -> Instant.now().isAfter(moment.plusMillis(5)));
        // recorded now, backdated: both left at the end of 2024
        Staffing.depart(head, "SECONDMENT_OUT", LocalDate.of(2024, 12, 31))
                .then()
                .statusCode(200);
        Staffing.depart(longServing, "LONG_LEAVE", LocalDate.of(2024, 12, 31))
                .then()
                .statusCode(200);

        TestTokens.as("DASHBOARD")
                .queryParam("on", "2025-06-30")
                .get("/api/v1/units/" + unit + "/head")
                .then()
                .statusCode(200)
                .body("posting", nullValue());
        TestTokens.as("DASHBOARD")
                .queryParam("on", "2025-06-30")
                .queryParam("knownAt", before)
                .get("/api/v1/units/" + unit + "/head")
                .then()
                .statusCode(200)
                .body("posting.officerId", equalTo(head));

        TestTokens.as("DASHBOARD")
                .queryParam("unit", code)
                .queryParam("on", "2025-06-30")
                .get("/api/v1/rotation-standings")
                .then()
                .statusCode(200)
                .body("officerId", equalTo(List.of()));
        TestTokens.as("DASHBOARD")
                .queryParam("unit", code)
                .queryParam("on", "2025-06-30")
                .queryParam("knownAt", before)
                .get("/api/v1/rotation-standings")
                .then()
                .statusCode(200)
                .body("officerId", equalTo(List.of(longServing)))
                .body("standing", equalTo(List.of("OVERDUE")));
    }

    @Test
    void aMovePublishesItsEventsInOrderAndAConsumerAppliesAReplayedEventOnce() throws Exception {
        String code = Staffing.uniqueCode("EVT");
        String unit = Staffing.gate(code);
        String headPost = Staffing.post(unit, "MANAGEMENT", false, 1, true);
        String other = Staffing.post(unit, "CLEARANCE", true, 5, false);
        String officer = Staffing.officer("Trần Quang Khải", "PRINCIPAL_INSPECTOR");
        Staffing.move(officer, headPost, START, "INITIAL").then().statusCode(201);
        Staffing.moved(officer, other, MOVE);

        String prefix = "customs.staffing.";
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(
                        List.of(
                                prefix + "OfficerRegistered.v1",
                                prefix + "OfficerPosted.v1",
                                prefix + "PostingEnded.v1",
                                prefix + "OfficerPosted.v1"),
                        eventsOf(officer).stream()
                                .map(r -> header(r, CloudEventHeaders.TYPE))
                                .collect(Collectors.toList())));
        List<String> headChanges = TopicReader.readAll(bootstrapServers, "customs.staffing.v1").stream()
                .filter(record -> code.equals(record.key()))
                .filter(record -> header(record, CloudEventHeaders.TYPE).equals("customs.staffing.UnitHeadChanged.v1"))
                .map(ConsumerRecord::value)
                .collect(Collectors.toList());
        assertEquals(2, headChanges.size(), "a head from the start, then a vacancy: " + headChanges);

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(officer) == 2);
        ConsumerRecord<String, String> posted = eventsOf(officer).get(3);
        TopicWriter.resend(bootstrapServers, posted); // redelivered, as after a consumer group reset
        Staffing.moved(officer, headPost, LocalDate.of(2025, 6, 1)); // a third posting, after the duplicate
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(officer) == 3);
    }

    @Test
    void nameSearchIgnoresDiacriticsAndCase() {
        String word = "Ưng" + Staffing.uniqueCode("X").replace("_", "").toLowerCase();
        String officer = Staffing.officer("Hoàng Văn Đức " + word);
        Staffing.officer("Hoàng Thị Lan " + word);
        String bare = "hoang van duc "
                + java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase();
        for (String query :
                List.of(bare, bare.toUpperCase(), "Hoàng Văn Đức " + word, "  HOANG   van DUC " + bare.substring(14))) {
            TestTokens.as("PERSONNEL")
                    .queryParam("name", query)
                    .get("/api/v1/officers")
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of(officer)));
        }
        TestTokens.as("PERSONNEL")
                .queryParam("name", "hoang thi lan " + bare.substring(14))
                .get("/api/v1/officers")
                .then()
                .body("items.fullName", equalTo(List.of("Hoàng Thị Lan " + word)));
    }

    private List<String> postedAt(String unitCode, String on, Instant knownAt) {
        var request = TestTokens.as("PERSONNEL").queryParam("unit", unitCode).queryParam("on", on);
        if (knownAt != null) {
            request.queryParam(
                    "knownAt", knownAt.atOffset(java.time.ZoneOffset.ofHours(7)).toString());
        }
        return request.get("/api/v1/postings").then().statusCode(200).extract().path("items.officerId");
    }

    private List<ConsumerRecord<String, String>> eventsOf(String officer) {
        return TopicReader.readAll(bootstrapServers, "customs.staffing.v1").stream()
                .filter(record -> officer.equals(record.key()))
                .collect(Collectors.toList());
    }

    private int applied(String officer) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "SELECT postings_applied FROM test_posting_probe WHERE officer_id = ?")) {
            statement.setString(1, officer);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
