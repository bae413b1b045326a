package vn.customs.inspections.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
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
import vn.customs.inspections.domain.staffing.Posting;
import vn.customs.inspections.domain.staffing.PostingHistory;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.inspections.domain.staffing.UnitHeads;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;

/**
 * Demo data for the local run: the article's quarter at the three gates — the last full quarter holds 21 thematic and
 * 12 surprise inspections of the forces at HUU_NGHI, COC_NAM and CHI_MA, with findings about name badges, uniforms
 * and conduct (the head of the gate on the violation day answering from CORRECTIVE up), some corrective actions
 * still open; ahead, two announced thematic inspections and one sealed surprise inspection of CHI_MA that only an
 * INSPECTION_LEAD sees until it starts. Teams are the department's inspectors from staffing's demo, rotated so that
 * nobody inspects a gate twice in a row.
 *
 * <p>It needs staffing's demo officers and gates, which arrive over Kafka after start: it waits for them (a check
 * every few seconds), then loads once, into a database without inspections. History goes in through the aggregates
 * and the repository, like declarations' quarter: it publishes no events (staffing would otherwise open discipline
 * cases for a quarter that never happened) and leaves no audit entries. Generated from a fixed seed.
 */
@ApplicationScoped
public class InspectionsDemo {

    public static final List<String> GATES = List.of("HUU_NGHI", "COC_NAM", "CHI_MA");
    static final int THEMATIC_PER_GATE = 7;
    static final int SURPRISE_PER_GATE = 4;

    private static final Logger LOG = Logger.getLogger(InspectionsDemo.class);
    private static final String[] THEMES = {
        "Đeo biển tên, trang phục ngành của công chức làm việc trực tiếp tại cửa khẩu",
        "Văn hóa ứng xử, thái độ phục vụ doanh nghiệp và người dân",
        "Tuân thủ quy trình thủ tục, thời gian thông quan theo cam kết",
    };

    private final InspectionRepository inspections;
    private final FindingRepository findings;
    private final UnitDirectory units;
    private final PostingHistory postings;
    private final UnitHeads heads;
    private final EntityManager entityManager;
    private final Today today;
    private final boolean enabled;
    private final AtomicBoolean done = new AtomicBoolean();

    InspectionsDemo(
            InspectionRepository inspections,
            FindingRepository findings,
            UnitDirectory units,
            PostingHistory postings,
            UnitHeads heads,
            EntityManager entityManager,
            Today today,
            @ConfigProperty(name = "customs.demo-data.enabled") boolean enabled) {
        this.inspections = inspections;
        this.findings = findings;
        this.units = units;
        this.postings = postings;
        this.heads = heads;
        this.entityManager = entityManager;
        this.today = today;
        this.enabled = enabled;
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void whenStaffingIsKnown() {
        if (!enabled || done.get()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (!empty()) {
                done.set(true);
                return;
            }
            List<OfficerId> inspectors = inspectors();
            if (inspectors.size() < 4
                    || !GATES.stream().allMatch(g -> units.find(new UnitCode(g)).isPresent())) {
                return; // staffing's demo has not arrived yet
            }
            int loaded = load(inspectors, GATES);
            done.set(true);
            LOG.infof("Demo data loaded: %d inspections at %s", loaded, GATES);
        });
    }

    private boolean empty() {
        return entityManager
                        .createQuery("SELECT COUNT(i) FROM Inspection i", Long.class)
                        .getSingleResult()
                == 0;
    }

    private List<OfficerId> inspectors() {
        return postings.withFunctionOn("INSPECTION", today.date()).stream()
                .map(Posting::officer)
                .distinct()
                .sorted(java.util.Comparator.comparing(OfficerId::value))
                .toList();
    }

    /** Loads the quarter at {@code gates} (the demo's three; tests give their own) and what is ahead. */
    int load(List<OfficerId> inspectors, List<String> gates) {
        Random random = new Random(2026);
        LocalDate quarterStart = today.date().with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
        int loaded = 0;
        for (int g = 0; g < gates.size(); g++) {
            UnitCode gate = new UnitCode(gates.get(g));
            int turn = 0;
            for (int k = 0; k < THEMATIC_PER_GATE + SURPRISE_PER_GATE; k++) {
                boolean surprise = k % 3 == 1; // k = 1, 4, 7, 10: SURPRISE_PER_GATE of them
                LocalDate start = quarterStart.plusDays(3 + 7L * k + g);
                Team team = team(inspectors, g, turn++);
                past(gate, surprise, start, team, random, k);
                loaded++;
            }
        }
        loaded += ahead(inspectors, gates);
        return loaded;
    }

    /** A past inspection, started, concluded and (unless actions are open) closed. */
    private void past(UnitCode gate, boolean surprise, LocalDate start, Team team, Random random, int k) {
        Instant proposedAt = start.minusDays(surprise ? 3 : 20).atTime(2, 0).toInstant(ZoneOffset.UTC);
        Inspection inspection = Inspection.propose(
                TimeOrderedIds.next(),
                surprise ? InspectionType.SURPRISE : InspectionType.THEMATIC,
                Basis.DIRECTIVE,
                surprise ? "CT-" + (40 + k) + "/CT-HQLS" : "KH-12/KH-HQLS",
                gate,
                List.of(),
                THEMES[k % THEMES.length],
                Schedule.planned(start, surprise ? 1 : 3),
                proposedAt);
        inspection.assignTeam(team);
        inspection.decide("QD-" + (100 + k) + "/QĐ-HQLS-" + gate.value(), proposedAt.plusSeconds(86_400));
        inspection.start(start, start.atTime(1, 30).toInstant(ZoneOffset.UTC));
        LocalDate end = start.plusDays(surprise ? 0 : 2);
        inspection.endFieldwork(end);
        inspections.add(inspection);
        int count = random.nextInt(3);
        boolean openActions = false;
        for (int f = 0; f < count; f++) {
            openActions |= finding(inspection, gate, start, random);
        }
        inspection.conclude(
                count == 0
                        ? "Không phát hiện vi phạm. No breach found."
                        : count + " vi phạm được ghi nhận, đã yêu cầu khắc phục. " + count + " finding(s) recorded.",
                count,
                end.plusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC));
        if (openActions) {
            inspection.beginFollowUp();
        } else {
            inspection.close(0, end.plusDays(5).atTime(9, 0).toInstant(ZoneOffset.UTC));
        }
    }

    /** One finding; returns whether it ordered a corrective action (left open). */
    private boolean finding(Inspection inspection, UnitCode gate, LocalDate day, Random random) {
        FindingCategory category = List.of(FindingCategory.NAME_BADGE, FindingCategory.UNIFORM, FindingCategory.CONDUCT)
                .get(random.nextInt(3));
        Severity severity = random.nextInt(4) == 0 ? Severity.CORRECTIVE : Severity.REMINDER;
        List<Posting> onDuty = postings.atUnits(java.util.Set.of(gate), day, day);
        OfficerId officer = onDuty.isEmpty()
                ? null
                : onDuty.get(random.nextInt(onDuty.size())).officer();
        String evidence = switch (category) {
            case NAME_BADGE -> "Công chức làm việc tại bàn thủ tục không đeo biển tên. No name badge at the counter.";
            case UNIFORM -> "Trang phục không đúng quy định khi làm nhiệm vụ. Not in uniform on duty.";
            default -> "Thái độ thiếu chuẩn mực với lái xe. Improper conduct toward a driver.";
        };
        Finding.Recorded recorded = Finding.record(
                TimeOrderedIds.next(),
                inspection.id(),
                gate,
                new Finding.Facts(category, severity, officer, day, evidence, null),
                heads,
                "demo",
                day,
                day.atTime(8, 0).toInstant(ZoneOffset.UTC));
        findings.add(recorded.finding());
        if (severity == Severity.REMINDER) {
            return false;
        }
        OfficerId owner = recorded.finding().accountableHead().orElse(officer);
        if (owner == null) {
            return false;
        }
        findings.add(recorded.finding()
                .orderAction(
                        TimeOrderedIds.next(),
                        "Nhắc nhở toàn đơn vị, kiểm tra hằng ngày việc đeo biển tên và trang phục. Daily checks.",
                        owner,
                        today.date().plusDays(10 + random.nextInt(20)),
                        today.date(),
                        today.now()));
        return true;
    }

    /** What is ahead: two announced thematic inspections and one sealed surprise inspection of the third gate. */
    private int ahead(List<OfficerId> inspectors, List<String> gates) {
        List<Inspection> upcoming = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            Inspection thematic = Inspection.propose(
                    TimeOrderedIds.next(),
                    InspectionType.THEMATIC,
                    Basis.DIRECTIVE,
                    "KH-01/KH-HQLS",
                    new UnitCode(gates.get(g)),
                    List.of(),
                    THEMES[g],
                    Schedule.planned(today.date().plusDays(14 + g), 3),
                    today.now());
            thematic.assignTeam(team(inspectors, g, THEMATIC_PER_GATE + SURPRISE_PER_GATE));
            thematic.decide("QD-2" + g + "/QĐ-HQLS", today.now());
            upcoming.add(thematic);
        }
        Inspection sealed = Inspection.propose(
                TimeOrderedIds.next(),
                InspectionType.SURPRISE,
                Basis.DIRECTIVE,
                "CT-61/CT-HQLS",
                new UnitCode(gates.get(2)),
                List.of(),
                THEMES[0],
                Schedule.planned(today.date().plusDays(6), 1),
                today.now());
        sealed.assignTeam(team(inspectors, 2, THEMATIC_PER_GATE + SURPRISE_PER_GATE));
        sealed.decide("QD-31/QĐ-HQLS", today.now());
        upcoming.add(sealed);
        upcoming.forEach(inspections::add);
        return upcoming.size();
    }

    /** A lead and a deputy, shifted each turn so that a gate's next team is another pair. */
    private static Team team(List<OfficerId> inspectors, int gate, int turn) {
        int n = inspectors.size();
        int first = (2 * turn + gate) % n;
        return new Team(inspectors.get(first), inspectors.get((first + 1) % n), List.of());
    }
}
