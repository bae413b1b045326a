package vn.customs.staffing.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.customs.staffing.demo.DemoData;
import vn.customs.testkit.TestTokens;

/**
 * A rotation plan over the demo department, solved by Timefold in the background: every overdue officer without an
 * exemption is moved, nothing breaks a hard rule, exempt officers stay with their legal reason, a pin survives
 * re-solving, and the plan needs a second person's approval before it becomes postings.
 */
@QuarkusTest
class RotationPlansTest {

    private static final String CLERK = "personnel-clerk-" + java.util.UUID.randomUUID();
    private static final String HEAD_OF_PERSONNEL = "head-of-personnel-" + java.util.UUID.randomUUID();

    @Inject
    DemoData demo;

    @BeforeEach
    void demoDepartment() {
        demo.loadIfAbsent();
    }

    @Test
    void aPlanOnTheDemoDataMovesEveryOverdueOfficerWithoutAnExemptionAndBreaksNoHardRule() {
        LocalDate from = today();
        JsonPath plan = solved(create(from, from.plusMonths(3)));

        assertEquals(Boolean.TRUE, plan.getBoolean("feasible"), plan.prettify());
        assertTrue(plan.getString("score").startsWith("0hard/"), plan.getString("score"));
        Set<String> moved = Set.copyOf(plan.getList("moves.officerId"));
        List<Map<String, Object>> overdue = TestTokens.as("PERSONNEL")
                .queryParam("on", from.plusMonths(3).toString())
                .get("/api/v1/rotation-standings")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { ['DEPT', 'HUU_NGHI', 'COC_NAM', 'CHI_MA'].contains(it.unitCode) }");
        List<String> mustMove = overdue.stream()
                .filter(s -> s.get("standing").equals("OVERDUE") && s.get("exemption") == null)
                .map(s -> (String) s.get("officerId"))
                .collect(Collectors.toList());
        assertFalse(mustMove.isEmpty(), "the demo data has overdue officers");
        List<String> stayed = mustMove.stream().filter(o -> !moved.contains(o)).collect(Collectors.toList());
        assertEquals(
                List.of(),
                stayed,
                "every overdue officer without an exemption moves; missing: "
                        + overdue.stream()
                                .filter(o -> stayed.contains(o.get("officerId")))
                                .collect(Collectors.toList())
                        + "\nmoves: " + plan.getList("moves") + "\nplan: " + plan.getString("periodFrom") + " "
                        + plan.getList("unitCodes"));
        List<Map<String, Object>> exempt =
                overdue.stream().filter(s -> s.get("exemption") != null).collect(Collectors.toList());
        assertFalse(exempt.isEmpty(), "the demo data has exempt officers");
        for (Map<String, Object> officer : exempt) {
            assertFalse(moved.contains(officer.get("officerId")), officer + " is exempt and stays");
            List<String> reasons =
                    plan.getList("stays.find { it.officerId == '" + officer.get("officerId") + "' }.reasons");
            assertEquals(List.of(officer.get("exemption")), reasons);
        }
        assertTrue(
                plan.getList("moves.reasons", List.class).stream().allMatch(r -> !r.isEmpty()),
                "every move has reasons");
    }

    @Test
    void aPinnedOfficerStaysPinnedWhenThePlanIsSolvedAgain() {
        LocalDate from = today();
        JsonPath plan = solved(create(from, from.plusMonths(3)));
        String id = plan.getString("id");
        Map<String, Object> move = plan.getMap("moves[0]");
        String officer = (String) move.get("officerId");
        String otherPost = TestTokens.as("PERSONNEL")
                .queryParam("unitId", unitOfPost((String) move.get("fromPostId")))
                .get("/api/v1/posts")
                .jsonPath()
                .getList("items.id", String.class)
                .stream()
                .filter(post -> !post.equals(move.get("fromPostId")) && !post.equals(move.get("toPostId")))
                .findFirst()
                .orElseThrow();

        TestTokens.asSubject(CLERK, "PERSONNEL")
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body("{\"officerId\":\"" + officer + "\",\"postId\":\"" + otherPost + "\"}")
                .post("/api/v1/rotation-plans/" + id + "/pins")
                .then()
                .statusCode(202)
                .body("status", equalTo("DRAFT"));
        JsonPath pinned = solved(id);
        assertEquals(otherPost, pinned.getString("moves.find { it.officerId == '" + officer + "' }.toPostId"));

        TestTokens.asSubject(CLERK, "PERSONNEL")
                .header("If-Match", etag(id))
                .post("/api/v1/rotation-plans/" + id + "/solve")
                .then()
                .statusCode(202);
        JsonPath again = solved(id);
        assertEquals(otherPost, again.getString("moves.find { it.officerId == '" + officer + "' }.toPostId"));
        assertEquals(List.of(Map.of("officerId", officer, "postId", otherPost)), again.getList("pins"));
    }

    @Test
    void theCreatorCannotApproveAndAnApprovedPlanBecomesPostingsUnderOneDecision() {
        LocalDate from = today().plusDays(1);
        String id = solved(create(from, from.plusMonths(3))).getString("id");

        TestTokens.asSubject(CLERK, "PERSONNEL")
                .header("If-Match", etag(id))
                .post("/api/v1/rotation-plans/" + id + "/approval")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/four-eyes"));
        TestTokens.asSubject(CLERK, "PERSONNEL")
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body("{\"decisionNumber\":\"99/QĐ-HQLS\",\"effectiveFrom\":\"" + from + "\"}")
                .post("/api/v1/rotation-plans/" + id + "/execution")
                .then()
                .statusCode(409);

        TestTokens.asSubject(HEAD_OF_PERSONNEL, "PERSONNEL")
                .header("If-Match", etag(id))
                .post("/api/v1/rotation-plans/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(HEAD_OF_PERSONNEL));
        String decision = "RP-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        JsonPath executed = TestTokens.asSubject(CLERK, "PERSONNEL")
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body("{\"decisionNumber\":\"" + decision + "\",\"effectiveFrom\":\"" + from + "\"}")
                .post("/api/v1/rotation-plans/" + id + "/execution")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .extract()
                .jsonPath();

        for (Map<String, Object> move : executed.<Map<String, Object>>getList("moves")) {
            JsonPath history = TestTokens.as("PERSONNEL")
                    .get("/api/v1/officers/" + move.get("officerId") + "/postings")
                    .jsonPath();
            int last = history.getList("id").size() - 1;
            assertEquals(move.get("toPostId"), history.getString("[" + last + "].postId"));
            assertEquals(from.toString(), history.getString("[" + last + "].validFrom"));
            assertEquals(decision, history.getString("[" + last + "].decisionNumber"));
            assertEquals(from.minusDays(1).toString(), history.getString("[" + (last - 1) + "].validTo"));
        }
    }

    private static String create(LocalDate from, LocalDate to) {
        return TestTokens.asSubject(CLERK, "PERSONNEL")
                .contentType("application/json")
                .body("{\"periodFrom\":\"" + from + "\",\"periodTo\":\"" + to
                        + "\",\"unitCodes\":[\"DEPT\",\"HUU_NGHI\","
                        + "\"COC_NAM\",\"CHI_MA\"],\"timeLimitSeconds\":3}")
                .post("/api/v1/rotation-plans")
                .then()
                .statusCode(202)
                .body("status", equalTo("DRAFT"))
                .extract()
                .path("id");
    }

    private static JsonPath solved(String id) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> TestTokens.as("PERSONNEL")
                        .get("/api/v1/rotation-plans/" + id)
                        .path("status")
                        .equals("OPTIMIZED"));
        return TestTokens.as("PERSONNEL").get("/api/v1/rotation-plans/" + id).jsonPath();
    }

    private static String etag(String id) {
        return TestTokens.as("PERSONNEL").get("/api/v1/rotation-plans/" + id).header("ETag");
    }

    private static String unitOfPost(String postId) {
        return TestTokens.as("PERSONNEL").get("/api/v1/posts/" + postId).path("unitId");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
