package vn.customs.inspections.demo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;

/**
 * The demo's quarter, loaded at three gates of the test's own: the article's figures (20+ thematic, 10+ surprise
 * inspections of the forces at the gates), findings about badges, uniforms and conduct, and one sealed surprise
 * inspection ahead that only a lead sees.
 */
@QuarkusTest
class InspectionsDemoTest {

    @Inject
    InspectionsDemo demo;

    @Test
    void theQuarterHasTheArticlesFiguresAndOneSealedSurpriseAhead() {
        List<String> gates = new ArrayList<>();
        for (String gate : InspectionsDemo.GATES) {
            gates.add((gate + "_" + TestRun.id() + "_"
                            + UUID.randomUUID().toString().substring(0, 4))
                    .toUpperCase());
        }
        List<OfficerId> inspectors = List.of(officer(), officer(), officer(), officer());
        int loaded = QuarkusTransaction.requiringNew().call(() -> demo.load(inspectors, gates));
        assertThat(loaded, equalTo(36));

        List<Map<String, Object>> seenByLead = all(Roles.INSPECTION_LEAD, gates);
        List<Map<String, Object>> seenByDashboard = all(Roles.DASHBOARD, gates);
        assertThat(count(seenByLead, "THEMATIC", "FOLLOW_UP", "CLOSED"), greaterThanOrEqualTo(20L));
        assertThat(count(seenByLead, "SURPRISE", "FOLLOW_UP", "CLOSED"), greaterThanOrEqualTo(10L));
        List<Object> sealed = seenByLead.stream()
                .filter(i -> (Boolean) i.get("sealed"))
                .map(i -> i.get("id"))
                .toList();
        assertThat(sealed.size(), equalTo(1));
        assertThat(seenByDashboard.size(), equalTo(seenByLead.size() - 1));
        assertThat(seenByDashboard.stream().map(i -> i.get("id")).toList(), not(hasItem(sealed.get(0))));

        // findings about badges, uniforms and conduct, nothing else
        List<String> categories = new ArrayList<>();
        for (Map<String, Object> inspection : seenByLead) {
            categories.addAll(TestTokens.as(Roles.INSPECTION_LEAD)
                    .get("/api/v1/inspections/" + inspection.get("id") + "/findings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.category", String.class));
        }
        assertThat(categories.size(), greaterThanOrEqualTo(10));
        assertThat(categories, everyItem(in(List.of("NAME_BADGE", "UNIFORM", "CONDUCT"))));
        // a gate is never inspected twice in a row by the same lead (in the order of the inspections' starts)
        for (String gate : gates) {
            List<?> leads = seenByLead.stream()
                    .filter(i -> gate.equals(i.get("unitCode")))
                    .sorted(java.util.Comparator.comparing(i -> (String) i.get("plannedStart")))
                    .map(i -> ((Map<?, ?>) i.get("team")).get("leadOfficerId"))
                    .toList();
            for (int i = 1; i < leads.size(); i++) {
                assertThat(leads.get(i), not(equalTo(leads.get(i - 1))));
            }
        }
    }

    private static long count(List<Map<String, Object>> inspections, String type, String... states) {
        return inspections.stream()
                .filter(i -> type.equals(i.get("type")) && List.of(states).contains(i.get("status")))
                .count();
    }

    private static List<Map<String, Object>> all(String role, List<String> gates) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String gate : gates) {
            JsonPath page = TestTokens.as(role)
                    .get("/api/v1/inspections?limit=200&unit=" + gate)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            all.addAll(page.getList("items"));
        }
        return all;
    }

    private static OfficerId officer() {
        return new OfficerId(UUID.randomUUID());
    }
}
