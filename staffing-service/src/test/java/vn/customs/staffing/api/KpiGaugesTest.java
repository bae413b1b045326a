package vn.customs.staffing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;
import vn.customs.staffing.api.metrics.StaffingKpiGauges;
import vn.customs.testkit.TestTokens;

/** A unit's rotations due, overdue and done and its open discipline cases, as Prometheus scrapes them. */
@QuarkusTest
class KpiGaugesTest {

    @Inject
    Today today;

    @Inject
    StaffingKpiGauges gauges;

    @Test
    void aUnitsRotationsAndOpenCasesAreOnTheMetricsEndpoint() {
        String code = Staffing.uniqueCode("KPI");
        String gate = Staffing.gate(code);
        String clearance = Staffing.post(gate, "CLEARANCE", true, 5, false); // rotates after 36 months
        String supervision = Staffing.post(gate, "SUPERVISION", true, 5, false);
        LocalDate day = today.date();
        String longServing = Staffing.officer("Trần Văn Lâu");
        Staffing.move(longServing, clearance, day.minusYears(6), "INITIAL")
                .then()
                .statusCode(201);
        String comingDue = Staffing.officer("Trần Văn Sắp");
        Staffing.move(comingDue, clearance, day.minusMonths(36).plusDays(30), "INITIAL")
                .then()
                .statusCode(201);
        String rotated = Staffing.officer("Trần Thị Chuyển");
        Staffing.move(rotated, clearance, day.minusYears(4), "INITIAL").then().statusCode(201);
        Staffing.moved(rotated, supervision, Quarter.of(day).first());
        TestTokens.as("PERSONNEL")
                .contentType("application/json")
                .body("{\"officerId\":\"" + longServing + "\",\"reason\":\"Complaint\",\"suspended\":false}")
                .post("/api/v1/discipline-cases")
                .then()
                .statusCode(201);

        gauges.refresh();

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(
                "six years on a 36-month post",
                value(metrics, "customs_staffing_rotations_overdue", code),
                closeTo(1, 0));
        assertThat(
                "due within the warning days", value(metrics, "customs_staffing_rotations_due", code), closeTo(1, 0));
        assertThat("moved this quarter", value(metrics, "customs_staffing_rotations_done", code), closeTo(1, 0));
        assertThat(value(metrics, "customs_staffing_discipline_cases_open", code), closeTo(1, 0));
    }

    /** The value of the sample {@code name{unit="..."}} in the Prometheus text format. */
    private static double value(String metrics, String name, String unit) {
        Matcher sample = Pattern.compile("(?m)^" + name + "\\{[^}]*unit=\"" + Pattern.quote(unit) + "\"[^}]*\\} (\\S+)")
                .matcher(metrics);
        if (!sample.find()) {
            throw new AssertionError(name + "{unit=\"" + unit + "\"} is not on /q/metrics");
        }
        return Double.parseDouble(sample.group(1));
    }
}
