package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.customs.hotline.api.metrics.HotlineKpiGauges;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.report.Complexity;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.Outcome;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportCategory;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.hotline.domain.report.ReporterMode;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;
import vn.customs.testkit.TestRun;

/** A unit's reports received this quarter, open and overdue, as Prometheus scrapes them for the dashboard. */
@QuarkusTest
class KpiGaugesTest {

    @Inject
    ReportRepository repository;

    @Inject
    ClockRuleBook clockRules;

    @Inject
    TermCalendar calendar;

    @Inject
    Today today;

    @Inject
    HotlineKpiGauges gauges;

    @Test
    void aUnitsReceivedOpenAndOverdueReportsAreOnTheMetricsEndpoint() {
        String unit = ("KPI" + TestRun.id()).toUpperCase(Locale.ROOT);
        Instant now = today.now();
        Instant lastYear = LocalDateTime.of(today.date().getYear() - 1, 3, 2, 9, 0)
                .atZone(Today.DEPARTMENT_ZONE)
                .toInstant();
        Report concluded = receive(unit, now);
        concluded.accept(Complexity.NORMAL, now, clockRules.inForceOn(today.date()), calendar);
        concluded.startVerification();
        concluded.conclude(Outcome.SUBSTANTIATED, "Verified.", List.of(), now);
        QuarkusTransaction.requiringNew()
                .run(() -> List.of(receive(unit, now), receive(unit, lastYear), concluded)
                        .forEach(repository::add));

        gauges.refresh();

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat("this quarter's two", value(metrics, "customs_hotline_reports_received", unit), closeTo(2, 0));
        assertThat("today's and last year's", value(metrics, "customs_hotline_reports_open", unit), closeTo(2, 0));
        assertThat("last year's", value(metrics, "customs_hotline_reports_overdue", unit), closeTo(1, 0));
    }

    private Report receive(String unit, Instant at) {
        ReportFacts facts = new ReportFacts(
                ReportKind.DENUNCIATION,
                ReportCategory.BRIBE_REQUEST,
                new UnitCode(unit),
                null,
                null,
                null,
                null,
                "Seeded for the KPI gauges.");
        String id = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        Report.Intake intake = new Report.Intake(
                UUID.randomUUID(),
                id.substring(0, 8),
                "$argon2id$kpi",
                IntakeChannel.WEB,
                null,
                ReporterMode.ANONYMOUS,
                "Reporter " + id.substring(8, 12),
                "0".repeat(64),
                false,
                null);
        return Report.receive(
                intake, facts, at, clockRules.inForceOn(LocalDate.ofInstant(at, Today.DEPARTMENT_ZONE)), calendar);
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
