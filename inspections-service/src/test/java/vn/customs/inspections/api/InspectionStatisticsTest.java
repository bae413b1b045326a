package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.inspections.domain.finding.FindingCategory;
import vn.customs.inspections.domain.finding.FindingRepository;
import vn.customs.inspections.domain.finding.Severity;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.inspection.InspectionStatus;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.inspection.Schedule;
import vn.customs.inspections.domain.inspection.Team;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;
import vn.customs.testkit.RoleMatrix;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicWriter;

/**
 * The inspection figures on the real PostgreSQL, with inspections seeded through the aggregate and the repository, each
 * test at units of its own. The seal: until a surprise inspection starts, nobody but an INSPECTION_LEAD finds it in any
 * figure.
 */
@QuarkusTest
class InspectionStatisticsTest {

    static final String PATH = "/api/v1/inspection-statistics";
    static final List<String> NOT_LEADS = List.of(Roles.DASHBOARD, Roles.AUDITOR, Roles.INSPECTOR, Roles.UNIT_HEAD);
    private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

    @Inject
    InspectionRepository inspections;

    @Inject
    FindingRepository findings;

    @Inject
    Today today;

    @Test
    void theFiguresCountTheInspectionsOfThePeriodByTypeStatusAndUnit() {
        String unit = unit();
        // planned in the quarter, not started: counts by its planned start
        add(inspection(InspectionType.THEMATIC, unit, "2026-01-10"));
        // planned before the quarter, started in it: counts by its start
        add(started(inspection(InspectionType.THEMATIC, unit, "2025-12-28"), "2026-01-03"));
        // planned in the quarter, started after it: counts in the next quarter
        add(started(inspection(InspectionType.THEMATIC, unit, "2026-03-30"), "2026-04-02"));
        // a surprise inspection that started: no longer sealed
        add(started(inspection(InspectionType.SURPRISE, unit, "2026-02-01"), "2026-02-01"));
        // the next quarter
        add(inspection(InspectionType.TARGETED, unit, "2026-04-01"));

        JsonPath q1 = figures(TestTokens.as(Roles.DASHBOARD), unit, "2026-01-01", "2026-03-31");

        assertThat(q1.getString("unit"), equalTo(unit));
        assertThat(q1.getString("from"), equalTo("2026-01-01"));
        assertThat(q1.getString("to"), equalTo("2026-03-31"));
        assertThat(q1.getLong("inspections"), equalTo(3L));
        assertThat(q1.getMap("byType"), equalTo(counts(InspectionType.values(), "THEMATIC", 2, "SURPRISE", 1)));
        assertThat(q1.getMap("byStatus"), equalTo(counts(InspectionStatus.values(), "DRAFT", 1, "IN_PROGRESS", 2)));
        assertThat(
                q1.getMap("byUnit"),
                equalTo(Map.of(unit, counts(InspectionType.values(), "THEMATIC", 2, "SURPRISE", 1))));
        assertThat(q1.getString("coverage.basis"), equalTo("UNITS_INSPECTED"));
        assertThat(q1.getLong("coverage.units"), equalTo(1L));
        assertThat(q1.getLong("coverage.covered"), equalTo(1L));
        assertThat(q1.getDouble("coverage.share"), equalTo(1.0));

        JsonPath q2 = figures(TestTokens.as(Roles.AUDITOR), unit, "2026-04-01", "2026-06-30");
        assertThat(q2.getMap("byType"), equalTo(counts(InspectionType.values(), "THEMATIC", 1, "TARGETED", 1)));
        assertThat(q2.getMap("byStatus"), equalTo(counts(InspectionStatus.values(), "DRAFT", 1, "IN_PROGRESS", 1)));
        assertThat(q2.getLong("coverage.covered"), equalTo(1L));

        JsonPath year = figures(TestTokens.as(Roles.INSPECTOR), unit, "2026-01-01", "2026-12-31");
        assertThat(year.getLong("inspections"), equalTo(5L));
    }

    @Test
    void theFindingsOfThePeriodsInspectionsCountByCategoryAndSeverityWithTheirActionsAndHeads() {
        String unit = unit();
        UUID headA = UUID.randomUUID();
        UUID headB = UUID.randomUUID();
        Inspection first = started(inspection(InspectionType.THEMATIC, unit, "2026-02-02"), "2026-02-02");
        Inspection second = started(inspection(InspectionType.SURPRISE, unit, "2026-03-02"), "2026-03-02");
        Inspection nextQuarter = started(inspection(InspectionType.THEMATIC, unit, "2026-04-06"), "2026-04-06");
        add(first);
        add(second);
        add(nextQuarter);
        Finding badge = finding(first, FindingCategory.NAME_BADGE, Severity.CORRECTIVE, headA);
        finding(first, FindingCategory.UNIFORM, Severity.REMINDER, null);
        finding(first, FindingCategory.CONDUCT, Severity.DISCIPLINARY_REFERRAL, headA);
        Finding conduct = finding(second, FindingCategory.CONDUCT, Severity.CORRECTIVE, headB);
        Finding later = finding(nextQuarter, FindingCategory.BRIBERY, Severity.CRIMINAL_REFERRAL, UUID.randomUUID());
        // due long ago: overdue now, though the watch has not marked it yet
        order(badge, "2026-02-20");
        order(conduct, "2099-12-31");
        order(later, "2026-04-30");

        JsonPath q1 = figures(TestTokens.as(Roles.AUDITOR), unit, "2026-01-01", "2026-03-31");

        assertThat(q1.getLong("findings"), equalTo(4L));
        assertThat(
                q1.getMap("findingsByCategory"),
                equalTo(counts(FindingCategory.values(), "NAME_BADGE", 1, "UNIFORM", 1, "CONDUCT", 2)));
        assertThat(
                q1.getMap("findingsBySeverity"),
                equalTo(counts(Severity.values(), "CORRECTIVE", 2, "REMINDER", 1, "DISCIPLINARY_REFERRAL", 1)));
        assertThat(q1.getLong("correctiveActionsOpen"), equalTo(2L));
        assertThat(q1.getLong("correctiveActionsOverdue"), equalTo(1L));
        assertThat("head A twice, head B once", q1.getLong("headsHeldAccountable"), equalTo(2L));

        JsonPath q2 = figures(TestTokens.as(Roles.DASHBOARD), unit, "2026-04-01", "2026-06-30");
        assertThat(q2.getLong("findings"), equalTo(1L));
        assertThat(q2.getMap("findingsByCategory"), equalTo(counts(FindingCategory.values(), "BRIBERY", 1)));
        assertThat(q2.getLong("headsHeldAccountable"), equalTo(1L));
        assertThat(q2.getLong("correctiveActionsOverdue"), equalTo(1L));
    }

    @Test
    void coverageIsTheShareOfOpenGatesUnderTheUnitWithAStartedInspection() {
        String parent = unit();
        String covered = unit();
        String idle = unit();
        String team = unit();
        openUnit(parent, "DEPARTMENT", null);
        openUnit(covered, "SUB_DEPARTMENT", parent);
        openUnit(idle, "SUB_DEPARTMENT", parent);
        // a team under a gate is no gate: not in the coverage
        openUnit(team, "TEAM", covered);
        add(started(inspection(InspectionType.SURPRISE, covered, "2026-02-09"), "2026-02-10"));
        add(inspection(InspectionType.THEMATIC, idle, "2026-03-09"));

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> figures(TestTokens.as(Roles.DASHBOARD), parent, "2026-01-01", "2026-03-31")
                                .getLong("coverage.units")
                        == 2);
        JsonPath figures = figures(TestTokens.as(Roles.UNIT_HEAD), parent, "2026-01-01", "2026-03-31");

        assertThat(figures.getString("coverage.basis"), equalTo("OPEN_GATES"));
        assertThat(figures.getLong("coverage.covered"), equalTo(1L));
        assertThat(figures.getDouble("coverage.share"), equalTo(0.5));
        assertThat(figures.getList("coverage.notCovered"), equalTo(List.of(idle)));
        assertThat(figures.getLong("inspections"), equalTo(2L));
        assertThat(
                figures.getMap("byUnit"),
                equalTo(Map.of(
                        parent, counts(InspectionType.values()),
                        covered, counts(InspectionType.values(), "SURPRISE", 1),
                        idle, counts(InspectionType.values(), "THEMATIC", 1),
                        team, counts(InspectionType.values()))));

        JsonPath gate = figures(TestTokens.as(Roles.UNIT_HEAD), idle, "2026-01-01", "2026-03-31");
        assertThat(gate.getString("coverage.basis"), equalTo("OPEN_GATES"));
        assertThat(gate.getLong("coverage.units"), equalTo(1L));
        assertThat(gate.getDouble("coverage.share"), equalTo(0.0));
    }

    @Test
    void aUnitWithoutAStartedInspectionIsNotCovered() {
        String unit = unit();
        add(inspection(InspectionType.THEMATIC, unit, "2026-02-10"));

        JsonPath figures = figures(TestTokens.as(Roles.UNIT_HEAD), unit, "2026-01-01", "2026-03-31");

        assertThat(figures.getLong("coverage.units"), equalTo(1L));
        assertThat(figures.getLong("coverage.covered"), equalTo(0L));
        assertThat(figures.getDouble("coverage.share"), equalTo(0.0));
        assertThat(figures.getList("coverage.notCovered"), equalTo(List.of(unit)));
    }

    @Test
    void aPeriodWithoutInspectionsIsZeroInEveryFigure() {
        String unit = unit();

        JsonPath figures = figures(TestTokens.as(Roles.DASHBOARD), unit, "2026-01-01", "2026-03-31");

        assertThat(figures.getLong("inspections"), equalTo(0L));
        assertThat(figures.getMap("byType"), equalTo(counts(InspectionType.values())));
        assertThat(figures.getMap("byStatus"), equalTo(counts(InspectionStatus.values())));
        assertThat(figures.getMap("byUnit"), equalTo(Map.of(unit, counts(InspectionType.values()))));
        assertThat(figures.getLong("coverage.units"), equalTo(0L));
        assertThat(figures.get("coverage.share"), nullValue());
        assertThat(figures.getLong("findings"), equalTo(0L));
        assertThat(figures.getMap("findingsByCategory"), equalTo(counts(FindingCategory.values())));
        assertThat(figures.getMap("findingsBySeverity"), equalTo(counts(Severity.values())));
        for (String count : List.of("correctiveActionsOpen", "correctiveActionsOverdue", "headsHeldAccountable")) {
            assertThat(count, figures.getLong(count), equalTo(0L));
        }
    }

    /**
     * THE SEAL: a sealed surprise inspection, created and then decided, changes no figure any caller without
     * INSPECTION_LEAD sees (for its unit or the whole department), until it starts; a lead's figures include it from
     * its creation.
     */
    @Test
    void aSealedSurpriseInspectionIsInNoFigureButALeadsUntilItStarts() {
        String unit = unit();
        add(inspection(InspectionType.THEMATIC, unit, "2026-02-02"));
        add(started(inspection(InspectionType.TARGETED, unit, "2026-01-20"), "2026-01-21"));
        Map<String, Map<String, Object>> before = everyonesFigures(unit);
        JsonPath leadBefore = figures(TestTokens.as(Roles.INSPECTION_LEAD), unit, "2026-01-01", "2026-03-31");
        assertThat(
                leadBefore.getMap("byType"),
                equalTo(before.get(Roles.DASHBOARD + "/unit").get("byType")));

        Inspection surprise = inspection(InspectionType.SURPRISE, unit, "2026-02-16");
        assertThat(surprise.sealed(), equalTo(true));
        add(surprise);

        assertThat("created, sealed", everyonesFigures(unit), equalTo(before));
        JsonPath lead = figures(TestTokens.as(Roles.INSPECTION_LEAD), unit, "2026-01-01", "2026-03-31");
        assertThat(lead.getLong("inspections"), equalTo(3L));
        assertThat(
                lead.getMap("byType"),
                equalTo(counts(InspectionType.values(), "THEMATIC", 1, "SURPRISE", 1, "TARGETED", 1)));
        assertThat(lead.getMap("byStatus"), equalTo(counts(InspectionStatus.values(), "DRAFT", 2, "IN_PROGRESS", 1)));

        change(surprise.id(), inspection -> {
            inspection.assignTeam(new Team(new OfficerId(UUID.randomUUID()), null, List.of()));
            inspection.decide("7/QĐ-TTr", NOW);
        });

        assertThat("decided, still sealed", everyonesFigures(unit), equalTo(before));
        lead = figures(TestTokens.as(Roles.INSPECTION_LEAD), unit, "2026-01-01", "2026-03-31");
        assertThat(
                lead.getMap("byStatus"),
                equalTo(counts(InspectionStatus.values(), "DRAFT", 1, "DECIDED", 1, "IN_PROGRESS", 1)));
        assertThat(
                lead.getMap("byUnit"),
                equalTo(Map.of(unit, counts(InspectionType.values(), "THEMATIC", 1, "SURPRISE", 1, "TARGETED", 1))));

        change(surprise.id(), inspection -> inspection.start(LocalDate.parse("2026-02-16"), NOW));

        Map<String, Map<String, Object>> after = everyonesFigures(unit);
        assertThat("started: the seal is open", after, not(equalTo(before)));
        for (String role : NOT_LEADS) {
            Map<String, Object> figures = after.get(role + "/unit");
            assertThat(role, figures.get("inspections"), equalTo(3));
            assertThat(
                    role,
                    figures.get("byType"),
                    equalTo(counts(InspectionType.values(), "THEMATIC", 1, "SURPRISE", 1, "TARGETED", 1)));
            assertThat(
                    role,
                    figures.get("byStatus"),
                    equalTo(counts(InspectionStatus.values(), "DRAFT", 1, "IN_PROGRESS", 2)));
        }
        JsonPath leadAfter = figures(TestTokens.as(Roles.INSPECTION_LEAD), unit, "2026-01-01", "2026-03-31");
        assertThat(leadAfter.getMap("$"), equalTo(after.get(Roles.DASHBOARD + "/unit")));
    }

    @Test
    void withoutAPeriodTheFiguresAreTheCurrentQuartersAndAPeriodIsBounded() {
        LocalDate day = today.date();
        LocalDate first = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);

        JsonPath current = TestTokens.as(Roles.DASHBOARD)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(current.getString("from"), equalTo(first.toString()));
        assertThat(
                current.getString("to"),
                equalTo(first.plusMonths(3).minusDays(1).toString()));
        assertThat(current.get("unit"), nullValue());

        JsonPath fromOnly = TestTokens.as(Roles.DASHBOARD)
                .queryParam("from", "2026-05-10")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(fromOnly.getString("to"), equalTo("2026-06-30"));
        JsonPath toOnly = TestTokens.as(Roles.DASHBOARD)
                .queryParam("to", "2026-11-10")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(toOnly.getString("from"), equalTo("2026-10-01"));

        // a leap year is 366 days
        TestTokens.as(Roles.DASHBOARD)
                .queryParam("from", "2028-01-01")
                .queryParam("to", "2028-12-31")
                .get(PATH)
                .then()
                .statusCode(200);
        TestTokens.as(Roles.DASHBOARD)
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2027-01-02")
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem("to"));
        TestTokens.as(Roles.DASHBOARD)
                .queryParam("from", "2026-04-01")
                .queryParam("to", "2026-03-31")
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem("from"));
        TestTokens.as(Roles.DASHBOARD)
                .queryParam("from", "2026-02-30")
                .get(PATH)
                .then()
                .statusCode(400);
        TestTokens.as(Roles.DASHBOARD)
                .queryParam("unit", "huu nghi")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("unit"));
        TestTokens.as(Roles.DECLARANT, "tax_id", "0101234567").get(PATH).then().statusCode(403);
        TestTokens.as(Roles.OFFICER).get(PATH).then().statusCode(403);
    }

    @Test
    void everyReaderOfInspectionsReadsTheFigures() {
        RoleMatrix.endpoint("GET", PATH)
                .allows(Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD)
                .check();
    }

    /** The figures of every role that must not see a sealed inspection, for the unit and for the whole department. */
    private static Map<String, Map<String, Object>> everyonesFigures(String unit) {
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        for (String role : NOT_LEADS) {
            figures.put(
                    role + "/unit",
                    figures(TestTokens.as(role), unit, "2026-01-01", "2026-03-31")
                            .getMap("$"));
            figures.put(
                    role + "/all",
                    figures(TestTokens.as(role), null, "2026-01-01", "2026-03-31")
                            .getMap("$"));
        }
        return figures;
    }

    private static JsonPath figures(RequestSpecification request, String unit, String from, String to) {
        if (unit != null) {
            request = request.queryParam("unit", unit);
        }
        return request.queryParam("from", from)
                .queryParam("to", to)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Inspection inspection(InspectionType type, String unit, String plannedStart) {
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
                Schedule.planned(LocalDate.parse(plannedStart), 5),
                NOW);
    }

    private static Inspection started(Inspection inspection, String on) {
        inspection.assignTeam(new Team(new OfficerId(UUID.randomUUID()), null, List.of()));
        inspection.decide("1/QĐ-TTr", NOW);
        inspection.start(LocalDate.parse(on), NOW);
        return inspection;
    }

    private Finding finding(Inspection inspection, FindingCategory category, Severity severity, UUID head) {
        Finding finding = Finding.record(
                        UUID.randomUUID(),
                        inspection.id(),
                        inspection.unitCode(),
                        new Finding.Facts(
                                category,
                                severity,
                                null,
                                inspection.milestones().startedOn(),
                                "Seen on the first day at the passenger hall",
                                null),
                        (unit, day) -> Optional.ofNullable(head).map(OfficerId::new),
                        "lead-statistics",
                        inspection.milestones().startedOn(),
                        NOW)
                .finding();
        QuarkusTransaction.requiringNew().run(() -> findings.add(finding));
        return finding;
    }

    private void order(Finding finding, String due) {
        LocalDate on = LocalDate.parse(due).minusDays(10);
        QuarkusTransaction.requiringNew()
                .run(() -> findings.add(finding.orderAction(
                        UUID.randomUUID(),
                        "Wear the name badge on duty; the head checks daily",
                        new OfficerId(UUID.randomUUID()),
                        LocalDate.parse(due),
                        on,
                        NOW)));
    }

    /** Staffing opens a unit (of {@code kind}, under {@code parent}) on its topic. */
    private static void openUnit(String code, String kind, String parent) {
        TopicWriter.send(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                "customs.staffing.v1",
                code,
                "customs.staffing.UnitOpened.v1",
                "{\"unitCode\":\"" + code + "\",\"name\":\"Đơn vị " + code + "\",\"kind\":\"" + kind
                        + "\",\"parentCode\":" + (parent == null ? "null" : "\"" + parent + "\"")
                        + ",\"remoteArea\":false,\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    private void add(Inspection inspection) {
        QuarkusTransaction.requiringNew().run(() -> inspections.add(inspection));
    }

    private void change(UUID id, Consumer<Inspection> change) {
        QuarkusTransaction.requiringNew()
                .run(() -> change.accept(inspections.findForUpdate(id).orElseThrow()));
    }

    private static String unit() {
        return ("S_" + TestRun.id() + "_" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
    }

    /** Every value of {@code values} with 0, but those named with their counts (name, count pairs). */
    private static Map<String, Integer> counts(Enum<?>[] values, Object... named) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            counts.put(value.name(), 0);
        }
        for (int i = 0; i < named.length; i += 2) {
            counts.put((String) named[i], (Integer) named[i + 1]);
        }
        return counts;
    }
}
