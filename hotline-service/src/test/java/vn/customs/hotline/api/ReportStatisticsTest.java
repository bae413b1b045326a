package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.DeadlineState;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.report.Complexity;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.NonAcceptanceReason;
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
import vn.customs.testkit.TestTokens;

/**
 * The dashboard's hotline figures for reports seeded through the aggregate, each test at a unit of its own (so the
 * tests count only their reports and do not depend on one another).
 */
@QuarkusTest
class ReportStatisticsTest {

    private static final String PATH = "/api/v1/statistics/reports";
    private static final AtomicInteger UNITS = new AtomicInteger();

    @Inject
    ReportRepository repository;

    @Inject
    ClockRuleBook clockRules;

    @Inject
    TermCalendar calendar;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @Test
    void aPeriodWithoutReportsIsZeroInEveryFigure() {
        String unit = unit();

        JsonPath figures = figures("DASHBOARD", unit, "2026-01-01", "2026-03-31");

        assertEquals(unit, figures.getString("unit"));
        assertEquals("2026-01-01", figures.getString("from"));
        assertEquals("2026-03-31", figures.getString("to"));
        assertEquals(0, figures.getLong("received"));
        assertEquals(0, figures.getLong("fromBusinesses"), "no report from businesses is a figure, not a gap");
        for (String count : List.of(
                "accepted", "notAccepted", "transferred", "withdrawn", "concluded", "concludedWithinLimit", "open")) {
            assertEquals(0, figures.getLong(count), count);
        }
        assertEquals(zeros(IntakeChannel.values()), figures.getMap("byIntakeChannel"));
        assertEquals(zeros(ReportCategory.values()), figures.getMap("byCategory"));
        assertEquals(zeros(ReportKind.values()), figures.getMap("byKind"));
        assertEquals(zeros(NonAcceptanceReason.values()), figures.getMap("notAcceptedByReason"));
        assertEquals(
                zeros(DeadlineState.ON_TIME, DeadlineState.AT_RISK, DeadlineState.BREACHED, DeadlineState.PAUSED),
                figures.getMap("openByDeadlineState"));
        assertEquals(Map.of(unit, 0), figures.getMap("byUnit"));
        assertNull(figures.get("concludedWithinLimitShare"), "nothing concluded: no share");
        assertNull(figures.get("medianDaysToAcceptance"));
        assertNull(figures.get("medianDaysToConclusion"));
    }

    @Test
    void theFiguresOfAPeriodCountItsReportsAndWhatBecameOfThem() {
        String unit = unit();
        Instant start = local(2026, 2, 2, 9, 0);
        seed(
                // 1: accepted after 2.5 days, concluded 12 days after receipt, within the 30-day term
                concluded(
                        report(unit, IntakeChannel.WEB, ReportCategory.BRIBE_REQUEST, ReportKind.DENUNCIATION, start),
                        start.plus(Duration.ofHours(60)),
                        start.plus(Duration.ofDays(12))),
                // 2: accepted after 4 days, concluded 55 days after receipt, past its 30-day term
                concluded(
                        report(unit, IntakeChannel.HOTLINE_CALL, ReportCategory.DELAY, ReportKind.COMPLAINT, start),
                        start.plus(Duration.ofDays(4)),
                        start.plus(Duration.ofDays(55))),
                // 3: not accepted
                refused(report(
                        unit, IntakeChannel.TRANSFERRED, ReportCategory.HARASSMENT, ReportKind.DENUNCIATION, start)),
                // 4: sent on to another authority
                transferred(report(unit, IntakeChannel.EMAIL, ReportCategory.OTHER, ReportKind.PETITION, start)),
                // 5: a complaint withdrawn
                withdrawn(report(unit, IntakeChannel.POST, ReportCategory.DELAY, ReportKind.COMPLAINT, start)),
                // 6: accepted after 7 days, still being settled, its term long past
                accepted(
                        report(
                                unit,
                                IntakeChannel.TRANSFERRED,
                                ReportCategory.BRIBE_REQUEST,
                                ReportKind.DENUNCIATION,
                                start),
                        start.plus(Duration.ofDays(7))),
                // 7: never decided on, its acceptance term long past
                report(unit, IntakeChannel.WALK_IN, ReportCategory.PROCEDURE_BREACH, ReportKind.COMPLAINT, start),
                // 8: the period's last minute, in the department's zone
                report(
                        unit,
                        IntakeChannel.WEB,
                        ReportCategory.NO_UNIFORM_OR_BADGE,
                        ReportKind.PETITION,
                        local(2026, 2, 28, 23, 50)),
                // outside the period by ten minutes each way (UTC would count the first)
                report(unit, IntakeChannel.WEB, ReportCategory.OTHER, ReportKind.PETITION, local(2026, 1, 31, 23, 50)),
                report(unit, IntakeChannel.WEB, ReportCategory.OTHER, ReportKind.PETITION, local(2026, 3, 1, 0, 10)));

        JsonPath figures = figures("HOTLINE_HANDLER", unit, "2026-02-01", "2026-02-28");

        assertEquals(8, figures.getLong("received"));
        assertEquals(
                counts(
                        IntakeChannel.values(),
                        "WEB",
                        2,
                        "HOTLINE_CALL",
                        1,
                        "WALK_IN",
                        1,
                        "POST",
                        1,
                        "EMAIL",
                        1,
                        "TRANSFERRED",
                        2),
                figures.getMap("byIntakeChannel"));
        assertEquals(6, figures.getLong("fromBusinesses"), "every channel but a transfer from another authority");
        assertEquals(
                counts(
                        ReportCategory.values(),
                        "BRIBE_REQUEST",
                        2,
                        "HARASSMENT",
                        1,
                        "DELAY",
                        2,
                        "NO_UNIFORM_OR_BADGE",
                        1,
                        "PROCEDURE_BREACH",
                        1,
                        "OTHER",
                        1),
                figures.getMap("byCategory"));
        assertEquals(
                counts(ReportKind.values(), "DENUNCIATION", 3, "COMPLAINT", 3, "PETITION", 2),
                figures.getMap("byKind"));
        assertEquals(Map.of(unit, 8), figures.getMap("byUnit"));
        assertEquals(3, figures.getLong("accepted"), "accepted, whatever came after");
        assertEquals(1, figures.getLong("notAccepted"));
        assertEquals(
                counts(NonAcceptanceReason.values(), "NO_CONCRETE_INFORMATION", 1),
                figures.getMap("notAcceptedByReason"));
        assertEquals(1, figures.getLong("transferred"));
        assertEquals(1, figures.getLong("withdrawn"));
        assertEquals(2, figures.getLong("concluded"));
        assertEquals(1, figures.getLong("concludedWithinLimit"));
        assertEquals(0.5, figures.getDouble("concludedWithinLimitShare"));
        assertEquals(3, figures.getLong("open"));
        assertEquals(
                Map.of("ON_TIME", 0, "AT_RISK", 0, "BREACHED", 3, "PAUSED", 0), figures.getMap("openByDeadlineState"));
        assertEquals(4.0, figures.getDouble("medianDaysToAcceptance"), "of 2.5, 4 and 7 days");
        assertEquals(33.5, figures.getDouble("medianDaysToConclusion"), "of 12 and 55 days");

        // the department's figures, every unit together, count this unit's too
        JsonPath all = TestTokens.as("AUDITOR")
                .queryParam("from", "2026-02-01")
                .queryParam("to", "2026-02-28")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(all.get("unit"));
        assertEquals(8, ((Number) all.getMap("byUnit").get(unit)).longValue());
    }

    @Test
    void theReportsOfThePeriodStillOpenAreCountedByWhereTheirDeadlineStandsNow() {
        String unit = unit();
        Instant now = Instant.now();
        Report onTime = report(
                unit, IntakeChannel.WEB, ReportCategory.DELAY, ReportKind.COMPLAINT, now.minus(Duration.ofHours(1)));
        // a complaint's acceptance term is 10 calendar days, at risk from the 8th
        Report atRisk = report(
                unit, IntakeChannel.WEB, ReportCategory.DELAY, ReportKind.COMPLAINT, now.minus(Duration.ofDays(9)));
        Report breached = report(
                unit, IntakeChannel.WEB, ReportCategory.DELAY, ReportKind.COMPLAINT, now.minus(Duration.ofDays(20)));
        Report paused = suspended(
                report(
                        unit,
                        IntakeChannel.HOTLINE_CALL,
                        ReportCategory.BRIBE_REQUEST,
                        ReportKind.DENUNCIATION,
                        now.minus(Duration.ofDays(3))),
                now.minus(Duration.ofDays(1)));
        Report over = concluded(
                report(
                        unit,
                        IntakeChannel.WEB,
                        ReportCategory.OTHER,
                        ReportKind.DENUNCIATION,
                        now.minus(Duration.ofDays(5))),
                now.minus(Duration.ofDays(4)),
                now.minus(Duration.ofDays(2)));
        // the domain agrees on where each stands
        assertEquals(DeadlineState.ON_TIME, onTime.deadlineState(now));
        assertEquals(DeadlineState.AT_RISK, atRisk.deadlineState(now));
        assertEquals(DeadlineState.BREACHED, breached.deadlineState(now));
        assertEquals(DeadlineState.PAUSED, paused.deadlineState(now));
        assertEquals(DeadlineState.NONE, over.deadlineState(now));
        seed(onTime, atRisk, breached, paused, over);
        LocalDate today = LocalDate.now(Today.DEPARTMENT_ZONE);

        JsonPath figures = figures("INTEGRATION", unit, today.minusDays(30).toString(), today.toString());

        assertEquals(5, figures.getLong("received"));
        assertEquals(4, figures.getLong("open"));
        assertEquals(
                Map.of("ON_TIME", 1, "AT_RISK", 1, "BREACHED", 1, "PAUSED", 1), figures.getMap("openByDeadlineState"));
        assertEquals(1, figures.getLong("concluded"));
        assertEquals(1.0, figures.getDouble("concludedWithinLimitShare"));

        // a period that ends before they were received counts none of them, open or not
        JsonPath before = figures("DASHBOARD", unit, "2026-01-01", "2026-01-31");
        assertEquals(0, before.getLong("open"));
    }

    @Test
    void theFiguresOfAUnitIncludeTheUnitsUnderIt() {
        String department = unit();
        String gate = unit();
        String team = unit();
        String elsewhere = unit();
        // staffing's units as its UnitOpened events leave them (UnitDirectoryProjection)
        QuarkusTransaction.requiringNew().run(() -> {
            openUnit(department, "DEPARTMENT", null);
            openUnit(gate, "SUB_DEPARTMENT", department);
            openUnit(team, "TEAM", gate);
            openUnit(elsewhere, "SUB_DEPARTMENT", null);
        });
        Instant at = local(2026, 5, 4, 10, 0);
        seed(
                report(gate, IntakeChannel.WEB, ReportCategory.DELAY, ReportKind.PETITION, at),
                report(gate, IntakeChannel.WEB, ReportCategory.DELAY, ReportKind.PETITION, at),
                report(team, IntakeChannel.POST, ReportCategory.HARASSMENT, ReportKind.DENUNCIATION, at),
                report(elsewhere, IntakeChannel.WEB, ReportCategory.DELAY, ReportKind.PETITION, at));

        JsonPath figures = figures("DASHBOARD", department, "2026-05-01", "2026-05-31");

        assertEquals(3, figures.getLong("received"));
        assertEquals(Map.of(department, 0, gate, 2, team, 1), figures.getMap("byUnit"));
        assertEquals(3, figures.getLong("open"));
        // a gate's figures count its teams', not the department's others
        JsonPath atTheGate = figures("DASHBOARD", gate, "2026-05-01", "2026-05-31");
        assertEquals(3, atTheGate.getLong("received"));
        assertEquals(Map.of(gate, 2, team, 1), atTheGate.getMap("byUnit"));
    }

    @Test
    void withoutDatesTheFiguresAreOfTheThreeMonthsUpToToday() {
        LocalDate today = LocalDate.now(Today.DEPARTMENT_ZONE);
        JsonPath figures = TestTokens.as("DASHBOARD")
                .queryParam("unit", unit())
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(today.toString(), figures.getString("to"));
        assertEquals(today.minusMonths(3).plusDays(1).toString(), figures.getString("from"));
    }

    @ParameterizedTest(name = "{0} may not read the hotline's figures")
    @ValueSource(strings = {"DECLARANT", "OFFICER", "CUSTODIAN"})
    void otherRolesAreRefused(String role) {
        TestTokens.as(role).get(PATH).then().statusCode(403);
    }

    @Test
    void anonymousCallersAreNotLetIn() {
        given().get(PATH).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
        "from=2026-13-01,from",
        "to=yesterday,to",
        "from=2026-03-01&to=2026-02-01,from",
        "unit=huu-nghi,unit",
        "from=0001-01-01,from",
    })
    void aBadParameterIsRefusedNamingIt(String query, String parameter) {
        TestTokens.as("DASHBOARD")
                .get(PATH + "?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem(parameter));
    }

    private JsonPath figures(String role, String unit, String from, String to) {
        return TestTokens.as(role)
                .queryParam("unit", unit)
                .queryParam("from", from)
                .queryParam("to", to)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A unit code no other test and no other run uses. */
    private static String unit() {
        return ("ST" + TestRun.id() + "_" + UNITS.incrementAndGet()).toUpperCase(java.util.Locale.ROOT);
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(Today.DEPARTMENT_ZONE)
                .toInstant();
    }

    private ClockRuleVersion rules(Instant at) {
        return clockRules.inForceOn(LocalDate.ofInstant(at, Today.DEPARTMENT_ZONE));
    }

    private Report report(String unit, IntakeChannel channel, ReportCategory category, ReportKind kind, Instant at) {
        ReportFacts facts =
                new ReportFacts(kind, category, new UnitCode(unit), null, null, null, null, "Seeded for statistics.");
        String id = UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT);
        Report.Intake intake = new Report.Intake(
                UUID.randomUUID(),
                id.substring(0, 8),
                "$argon2id$statistics",
                channel,
                channel.recordedByOperator() ? "operator" : null,
                ReporterMode.ANONYMOUS,
                "Reporter " + id.substring(8, 12),
                "0".repeat(64),
                false,
                null);
        return Report.receive(intake, facts, at, rules(at), calendar);
    }

    private Report accepted(Report report, Instant at) {
        report.accept(Complexity.NORMAL, at, rules(at), calendar);
        return report;
    }

    private Report concluded(Report report, Instant acceptedAt, Instant concludedAt) {
        accepted(report, acceptedAt).startVerification();
        report.conclude(Outcome.SUBSTANTIATED, "Verified.", List.of(), concludedAt);
        return report;
    }

    private Report suspended(Report report, Instant at) {
        accepted(report, at).startVerification();
        report.suspend("Waiting for the camera footage", at, rules(at));
        return report;
    }

    private static Report refused(Report report) {
        report.refuse(NonAcceptanceReason.NO_CONCRETE_INFORMATION, null, report.receivedAt());
        return report;
    }

    private static Report transferred(Report report) {
        report.transfer("The provincial police", null, report.receivedAt());
        return report;
    }

    private Report withdrawn(Report report) {
        report.withdraw(null, report.receivedAt(), rules(report.receivedAt()));
        return report;
    }

    private void openUnit(String code, String kind, String parent) {
        entityManager
                .createNativeQuery(
                        "INSERT INTO units (unit_code, name, kind, parent_code) VALUES (?1, ?1, ?2, NULLIF(?3, ''))")
                .setParameter(1, code)
                .setParameter(2, kind)
                .setParameter(3, parent == null ? "" : parent)
                .executeUpdate();
    }

    private void seed(Report... reports) {
        QuarkusTransaction.requiringNew().run(() -> Arrays.stream(reports).forEach(repository::add));
    }

    private static Map<String, Integer> zeros(Enum<?>... values) {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> zeros.put(value.name(), 0));
        return zeros;
    }

    /** Every value with 0, but those named (name, count pairs). */
    private static Map<String, Integer> counts(Enum<?>[] values, Object... named) {
        Map<String, Integer> counts = zeros(values);
        for (int i = 0; i < named.length; i += 2) {
            counts.put((String) named[i], (Integer) named[i + 1]);
        }
        return counts;
    }
}
