package vn.customs.inspections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.api.metrics.InspectionKpiGauges;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.inspections.domain.finding.FindingCategory;
import vn.customs.inspections.domain.finding.FindingRepository;
import vn.customs.inspections.domain.finding.Severity;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.inspection.Schedule;
import vn.customs.inspections.domain.inspection.Team;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;
import vn.customs.testkit.TestRun;

/**
 * The quarter's inspections by type and status and findings by category, as Prometheus scrapes them without any role:
 * a sealed surprise inspection is in no figure until it starts. The gauges count the whole department, so the test
 * compares figures before and after its own inspections.
 */
@QuarkusTest
class KpiGaugesTest {

    private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

    @Inject
    InspectionRepository inspections;

    @Inject
    FindingRepository findings;

    @Inject
    Today today;

    @Inject
    InspectionKpiGauges gauges;

    @Test
    void theQuartersInspectionsAndFindingsAreOnTheMetricsEndpointButNeverASealedOne() {
        String unit = ("K_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
        LocalDate day = today.date();
        String before = scrape();

        add(inspection(InspectionType.THEMATIC, unit, day));
        Inspection started = started(inspection(InspectionType.THEMATIC, unit, day), day);
        add(started);
        recordFinding(started, FindingCategory.CONDUCT);
        Inspection surprise = inspection(InspectionType.SURPRISE, unit, day);
        surprise.assignTeam(new Team(new OfficerId(UUID.randomUUID()), null, List.of()));
        surprise.decide("7/QĐ-TTr", NOW);
        assertThat("decided, not started: sealed", surprise.sealed(), is(true));
        add(surprise);
        String sealed = scrape();

        assertThat(delta(before, sealed, "THEMATIC", "DRAFT"), closeTo(1, 0));
        assertThat(delta(before, sealed, "THEMATIC", "IN_PROGRESS"), closeTo(1, 0));
        assertThat("sealed: no trace", delta(before, sealed, "SURPRISE", "[A-Z_]+"), closeTo(0, 0));
        assertThat(
                value(sealed, "customs_inspections_findings", "category=\"CONDUCT\"")
                        - value(before, "customs_inspections_findings", "category=\"CONDUCT\""),
                closeTo(1, 0));

        QuarkusTransaction.requiringNew()
                .run(() ->
                        inspections.findForUpdate(surprise.id()).orElseThrow().start(day, NOW));
        assertThat("started: counted", delta(before, scrape(), "SURPRISE", "IN_PROGRESS"), closeTo(1, 0));
    }

    private String scrape() {
        gauges.refresh();
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** How many more inspections of {@code type} in the statuses {@code statuses} (a regex) {@code after} shows. */
    private static double delta(String before, String after, String type, String statuses) {
        String tags = "type=\"" + type + "\"";
        return sum(after, statuses, tags) - sum(before, statuses, tags);
    }

    private static double sum(String metrics, String statuses, String typeTag) {
        Matcher sample = Pattern.compile("(?m)^customs_inspections_inspections\\{(?=[^}]*" + Pattern.quote(typeTag)
                        + ")(?=[^}]*status=\"" + statuses + "\")[^}]*\\} (\\S+)")
                .matcher(metrics);
        double sum = 0;
        boolean found = false;
        while (sample.find()) {
            sum += Double.parseDouble(sample.group(1));
            found = true;
        }
        if (!found) {
            throw new AssertionError("customs_inspections_inspections{" + typeTag + "} is not on /q/metrics");
        }
        return sum;
    }

    private static double value(String metrics, String name, String tag) {
        Matcher sample = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(tag) + "[^}]*\\} (\\S+)")
                .matcher(metrics);
        if (!sample.find()) {
            throw new AssertionError(name + "{" + tag + "} is not on /q/metrics");
        }
        return Double.parseDouble(sample.group(1));
    }

    private static Inspection inspection(InspectionType type, String unit, LocalDate plannedStart) {
        Basis basis = switch (type) {
            case THEMATIC -> Basis.PLAN;
            case SURPRISE -> Basis.RISK_DRAW;
            case TARGETED -> Basis.REPORT;
        };
        return Inspection.propose(
                UUID.randomUUID(),
                type,
                basis,
                UUID.randomUUID().toString(),
                new UnitCode(unit),
                List.of(),
                "Conduct, badges and uniforms at the gate",
                Schedule.planned(plannedStart, 5),
                NOW);
    }

    private static Inspection started(Inspection inspection, LocalDate on) {
        inspection.assignTeam(new Team(new OfficerId(UUID.randomUUID()), null, List.of()));
        inspection.decide("1/QĐ-TTr", NOW);
        inspection.start(on, NOW);
        return inspection;
    }

    private void recordFinding(Inspection inspection, FindingCategory category) {
        Finding finding = Finding.record(
                        UUID.randomUUID(),
                        inspection.id(),
                        inspection.unitCode(),
                        new Finding.Facts(
                                category,
                                Severity.REMINDER,
                                null,
                                inspection.milestones().startedOn(),
                                "Seen on the first day at the passenger hall",
                                null),
                        (unit, day) -> Optional.empty(),
                        "lead-kpi",
                        inspection.milestones().startedOn(),
                        NOW)
                .finding();
        QuarkusTransaction.requiringNew().run(() -> findings.add(finding));
    }

    private void add(Inspection inspection) {
        QuarkusTransaction.requiringNew().run(() -> inspections.add(inspection));
    }
}
