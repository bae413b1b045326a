package vn.customs.declarations.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.declarations.api.metrics.DeclarationKpiGauges;
import vn.customs.testkit.TestTokens;

/** The quarter's KPIs of a gate, as Prometheus scrapes them from /q/metrics for the dashboard. */
@QuarkusTest
class KpiGaugesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    @Inject
    DeclarationKpiGauges gauges;

    @Test
    void aGatesLodgementsSharesAndBreachesAreOnTheMetricsEndpoint() {
        String gate = Trade.gate("KPI");
        String officer = Trade.officerAt(bootstrap, db, gate);
        String trader = Trade.taxId();
        String cleared = null;
        for (String channel : new String[] {"ELECTRONIC", "ELECTRONIC", "ELECTRONIC", "PAPER"}) {
            String id = Trade.lodge(trader, Trade.body(trader, Trade.lrn(), gate, channel, "1000.00"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getString("id");
            cleared = cleared == null ? id : cleared;
        }
        clear(officer, cleared);

        gauges.refresh();

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(value(metrics, "customs_declarations_lodged", gate), closeTo(4, 0));
        assertThat(value(metrics, "customs_declarations_electronic_share_percent", gate), closeTo(75, 0));
        assertThat(value(metrics, "customs_declarations_cleared", gate), closeTo(1, 0));
        assertThat(value(metrics, "customs_declarations_on_time_share_percent", gate), closeTo(100, 0));
        assertThat(value(metrics, "customs_declarations_charter_breaches", gate), closeTo(0, 0));
    }

    /** Clears a declaration through whatever steps its channel asks for. */
    private static void clear(String officer, String id) {
        Trade.clear(
                officer,
                TestTokens.as("AUDITOR")
                        .get("/api/v1/declarations/" + id)
                        .then()
                        .extract()
                        .jsonPath());
    }

    /** The value of the sample {@code name{gate="..."}} in the Prometheus text format. */
    private static double value(String metrics, String name, String gate) {
        Matcher sample = Pattern.compile("(?m)^" + name + "\\{[^}]*gate=\"" + Pattern.quote(gate) + "\"[^}]*\\} (\\S+)")
                .matcher(metrics);
        if (!sample.find()) {
            throw new AssertionError(name + "{gate=\"" + gate + "\"} is not on /q/metrics");
        }
        return Double.parseDouble(sample.group(1));
    }
}
