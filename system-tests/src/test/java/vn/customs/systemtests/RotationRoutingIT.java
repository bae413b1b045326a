package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static vn.customs.systemtests.Service.DECLARATIONS;
import static vn.customs.systemtests.Service.STAFFING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Story 2: a rotation plan moves the overdue officers of three gates; a second PERSONNEL user approves it and it is
 * executed; declarations then routes each gate's next declarations to the officers posted there now, and refuses a
 * moved officer's step at his old gate. Staffing and declarations meet only through Kafka; the story only through
 * their public HTTP APIs, with Keycloak's tokens.
 */
@ExtendWith(SystemTests.class)
class RotationRoutingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** One gate of the story: its code, its clearance post, the officer overdue there and the one who stays. */
    private record GateStaff(String code, String unitId, String postId, String veteran, String stayer) {}

    @Test
    void aRotationPlanMovesTheOverdueOfficersAndDeclarationsFollowThePostings(SystemUnderTest suite) {
        LocalDate today = Lodging.today();
        PersonnelClerk clerk = new PersonnelClerk(suite);
        Caller headOfPersonnel = suite.as(suite.user("head-of-personnel", List.of("PERSONNEL"), Map.of()));

        // Three gates under a department of their own, one sensitive clearance post each (two seats): a veteran
        // posted four years ago, past the post's 36-month rotation period, and a newcomer of last spring. The head's
        // post comes at the end: a head posted at the gate takes declarations too, and an empty post in the plan's
        // units would be a place the solver may move a veteran to.
        String department = Lodging.uniqueCode("R2D");
        clerk.openUnit(department, "Cục Hải quan " + department, "DEPARTMENT", null);
        List<GateStaff> gates = new ArrayList<>();
        for (String name : List.of("Hữu Nghị", "Cốc Nam", "Chi Ma")) {
            String code = Lodging.uniqueCode("R2G");
            String unit = clerk.openUnit(code, "Chi cục Hải quan cửa khẩu " + name, "SUB_DEPARTMENT", department);
            String post = clerk.post(unit, "Công chức thủ tục " + name, "CLEARANCE", true, 2, false);
            UUID veteran = clerk.register("Nguyễn Văn Lâu " + name, "INSPECTOR");
            clerk.postOfficer(veteran, post, today.minusYears(4), "INITIAL");
            UUID stayer = clerk.register("Trần Thị Mới " + name, "INSPECTOR");
            clerk.postOfficer(stayer, post, today.minusMonths(8), "INITIAL");
            gates.add(new GateStaff(code, unit, post, veteran.toString(), stayer.toString()));
        }
        Map<String, Caller> officers = new HashMap<>();
        for (GateStaff gate : gates) {
            for (String officer : List.of(gate.veteran(), gate.stayer())) {
                officers.put(
                        officer, suite.as(suite.user("officer", List.of("OFFICER"), Map.of("officer_id", officer))));
            }
        }
        String taxId = Lodging.taxId();
        Caller declarant = suite.as(suite.user("declarant", List.of("DECLARANT"), Map.of("tax_id", taxId)));

        // Before the plan: declarations knows the gates and their officers from staffing's events, and shares each
        // gate's declarations between its two officers.
        Map<String, JsonNode> heldByVeteran = new HashMap<>();
        for (GateStaff gate : gates) {
            Lodging.awaitGate(declarant, taxId, gate.code());
            for (String officer : List.of(gate.veteran(), gate.stayer())) {
                await().atMost(WAIT)
                        .until(() -> officers.get(officer)
                                        .get(DECLARATIONS, "/api/v1/work-queue")
                                        .status()
                                == 200);
            }
            List<JsonNode> lodged = lodge(declarant, taxId, gate.code(), 2);
            assertThat(gate.code(), assignees(lodged), equalTo(Set.of(gate.veteran(), gate.stayer())));
            heldByVeteran.put(
                    gate.code(),
                    lodged.stream()
                            .filter(d -> d.path("assignedOfficerId").asText().equals(gate.veteran()))
                            .findFirst()
                            .orElseThrow());
        }

        // The plan over the three gates: every overdue officer moves, nobody else; its creator cannot approve it.
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("periodFrom", today.toString());
        scope.put("periodTo", today.plusMonths(3).toString());
        scope.put("unitCodes", gates.stream().map(GateStaff::code).toList());
        scope.put("timeLimitSeconds", 5);
        String plan = "/api/v1/rotation-plans/"
                + clerk.caller()
                        .post(STAFFING, "/api/v1/rotation-plans", scope)
                        .expect(202)
                        .text("/id");
        JsonNode optimized = await().atMost(WAIT)
                .until(
                        () -> clerk.caller().get(STAFFING, plan).expect(200).json(),
                        p -> p.path("status").asText().equals("OPTIMIZED"));
        assertThat(optimized.toString(), optimized.path("feasible").asBoolean(), equalTo(true));
        Map<String, String> moves = new LinkedHashMap<>();
        optimized
                .path("moves")
                .forEach(m -> moves.put(
                        m.path("officerId").asText(), m.path("toPostId").asText()));
        assertThat(
                "the overdue officers move, the others stay: " + optimized,
                moves.keySet(),
                equalTo(gates.stream().map(GateStaff::veteran).collect(Collectors.toSet())));
        for (GateStaff gate : gates) {
            assertThat(
                    gate.veteran() + " moves to another gate's clearance post",
                    moves.get(gate.veteran()),
                    in(gates.stream()
                            .map(GateStaff::postId)
                            .filter(p -> !p.equals(gate.postId()))
                            .toList()));
        }
        Answer refused = clerk.caller().step(STAFFING, plan, "/approval", null);
        assertThat(refused.toString(), refused.status(), equalTo(422));
        assertThat(refused.problem(), equalTo("four-eyes"));
        headOfPersonnel.step(STAFFING, plan, "/approval", null).expect(200);
        String decision = Lodging.uniqueCode("RP") + "/QĐ-HQLS";
        Answer executed = clerk.caller()
                .step(
                        STAFFING,
                        plan,
                        "/execution",
                        Map.of("decisionNumber", decision, "effectiveFrom", today.toString()))
                .expect(200);
        assertThat(executed.text("/status"), equalTo("EXECUTED"));

        // Who staffing says is posted at each gate now: its stayer and the veteran who arrived from another gate.
        Map<String, String> arrived = new HashMap<>();
        for (GateStaff gate : gates) {
            String newcomer = moves.entrySet().stream()
                    .filter(m -> m.getValue().equals(gate.postId()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("nobody moves to " + gate.code() + ": " + moves));
            arrived.put(gate.code(), newcomer);
            Set<String> posted = new HashSet<>();
            clerk.caller()
                    .get(STAFFING, "/api/v1/postings?unit=" + gate.code())
                    .expect(200)
                    .at("/items")
                    .forEach(p -> posted.add(p.path("officerId").asText()));
            assertThat(gate.code(), posted, equalTo(Set.of(gate.stayer(), newcomer)));
        }

        // Declarations follows staffing: the arrived officer reads his new gate's declarations, the one who left
        // no longer does.
        for (GateStaff gate : gates) {
            String held = "/api/v1/declarations/"
                    + heldByVeteran.get(gate.code()).path("id").asText();
            Caller newcomer = officers.get(arrived.get(gate.code()));
            Caller departed = officers.get(gate.veteran());
            await().atMost(WAIT).until(() -> newcomer.get(DECLARATIONS, held).status() == 200);
            await().atMost(WAIT).until(() -> departed.get(DECLARATIONS, held).status() == 404);
        }

        // The next declarations of each gate go to the officers posted there now, the arrived one among them.
        for (GateStaff gate : gates) {
            List<JsonNode> next = lodge(declarant, taxId, gate.code(), 4);
            Set<String> postedNow = Set.of(gate.stayer(), arrived.get(gate.code()));
            assertThat(gate.code(), new ArrayList<>(assignees(next)), everyItem(in(postedNow)));
            assertThat(gate.code(), assignees(next), hasItem(arrived.get(gate.code())));
        }

        // A moved officer is refused at his old gate, with the problem type that says why.
        for (GateStaff gate : gates) {
            JsonNode held = heldByVeteran.get(gate.code());
            String id = held.path("id").asText();
            String step = Lodging.pathToClearance(held.path("channel").asText()).get(0);
            Answer stepAtOldGate = Lodging.step(officers.get(gate.veteran()), id, etagOf(declarant, id), step);
            assertThat(stepAtOldGate.toString(), stepAtOldGate.status(), equalTo(403));
            assertThat(stepAtOldGate.problem(), equalTo("not-posted-at-gate"));
        }

        // What he left open stays his until the head of the gate hands it on: the officer who arrived is refused
        // (assigned-to-another-officer), the head of the first gate reassigns it to him, and he takes the step.
        GateStaff first = gates.get(0);
        JsonNode held = heldByVeteran.get(first.code());
        String id = held.path("id").asText();
        String step = Lodging.pathToClearance(held.path("channel").asText()).get(0);
        Caller newcomer = officers.get(arrived.get(first.code()));
        Answer notHis = Lodging.step(newcomer, id, etagOf(declarant, id), step);
        assertThat(notHis.toString(), notHis.status(), equalTo(403));
        assertThat(notHis.problem(), equalTo("assigned-to-another-officer"));
        UUID head = clerk.register("Hoàng Văn Trưởng", "PRINCIPAL_INSPECTOR");
        String headPost = clerk.post(first.unitId(), "Chi cục trưởng", "MANAGEMENT", false, 1, true);
        clerk.postOfficer(head, headPost, today.minusYears(2), "PROMOTION");
        Caller headOfGate =
                suite.as(suite.user("head-of-gate", List.of("UNIT_HEAD"), Map.of("officer_id", head.toString())));
        Map<String, Object> reassignment = Map.of(
                "officerId", arrived.get(first.code()), "reason", "Officer rotated to another gate by " + decision);
        // The head reads his gate's declarations once staffing's UnitHeadChanged has reached declarations.
        await().atMost(WAIT)
                .until(() -> headOfGate
                                .get(DECLARATIONS, "/api/v1/declarations/" + id)
                                .status()
                        == 200);
        Answer reassigned = headOfGate
                .step(DECLARATIONS, "/api/v1/declarations/" + id, "/reassignment", reassignment)
                .expect(200);
        assertThat(reassigned.text("/assignedOfficerId"), equalTo(arrived.get(first.code())));
        Lodging.step(newcomer, id, etagOf(declarant, id), step).expect(200);
    }

    private static List<JsonNode> lodge(Caller declarant, String taxId, String gate, int count) {
        List<JsonNode> lodged = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lodged.add(Lodging.lodge(declarant, taxId, gate).expect(201).json());
        }
        return lodged;
    }

    private static Set<String> assignees(List<JsonNode> lodged) {
        Set<String> officers = new HashSet<>();
        lodged.forEach(d -> officers.add(d.path("assignedOfficerId").asText()));
        return officers;
    }

    /** The declaration's ETag, as its declarant reads it (the moved officer no longer may). */
    private static String etagOf(Caller declarant, String id) {
        return declarant
                .get(DECLARATIONS, "/api/v1/declarations/" + id)
                .expect(200)
                .etag();
    }
}
