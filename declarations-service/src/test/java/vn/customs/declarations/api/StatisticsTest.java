package vn.customs.declarations.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/** The dashboard figures of a gate for a known set of declarations. */
@QuarkusTest
class StatisticsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @jakarta.inject.Inject
    javax.sql.DataSource db;

    @Test
    void theFiguresOfAGateMatchItsDeclarations() {
        String gate = Trade.gate("STA");
        String officer = Trade.officerAt(bootstrap, db, gate);
        String alpha = Trade.taxId();
        String beta = Trade.taxId();
        List<JsonPath> lodged = List.of(
                lodge(alpha, gate, "ELECTRONIC", "1000.00"),
                lodge(alpha, gate, "ELECTRONIC", "3000.00"),
                lodge(beta, gate, "ELECTRONIC", "500.00"),
                lodge(beta, gate, "PAPER", "1500.00"));
        Trade.clear(officer, lodged.get(0));
        Map<String, Integer> channels = new HashMap<>();
        lodged.forEach(d -> channels.merge(d.getString("channel"), 1, Integer::sum));

        JsonPath figures = TestTokens.as("DASHBOARD")
                .queryParam("gate", gate)
                .queryParam("from", Trade.today().toString())
                .queryParam("to", Trade.today().toString())
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(4, figures.getInt("declarations"));
        assertEquals(Map.of("CLEARED", 1, "REGISTERED", 3), figures.getMap("byStatus"));
        assertEquals(channels, figures.getMap("byChannel"));
        assertEquals(75.0f, figures.getFloat("electronicShare"));
        assertEquals(50.0f, figures.getFloat("electronicEnterpriseShare"), "beta also lodged on paper");
        assertEquals(1, figures.getInt("cleared"));
        assertEquals(100.0f, figures.getFloat("onTimeShare"));
        assertEquals(2, figures.getInt("activeEnterprises"));
        assertEquals(6000.0f, figures.getFloat("tradeValueUsd"));
        assertEquals(1, figures.getList("processingTime").size());
        // another gate's figures do not include these
        assertEquals(
                0,
                TestTokens.as("DASHBOARD")
                        .queryParam("gate", Trade.gate("NONE"))
                        .get("/api/v1/statistics")
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("declarations"));
    }

    private static JsonPath lodge(String taxId, String gate, String channel, String amount) {
        return Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate, channel, amount))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
