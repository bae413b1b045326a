package vn.customs.systemtests;

import static vn.customs.systemtests.Service.STAFFING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A burst of staffing changes made through staffing's API by several personnel clerks at once: a department, then per
 * gate a unit, a clearance post and a head's post, four officers registered and posted (one as the head), one of them
 * leaving, and a second unit opened and closed. Each gate makes 13 events that declarations applies: 10 for its
 * officer roster ({@code OfficerRegistered} ×4, {@code OfficerPosted} ×4, {@code UnitHeadChanged}, {@code
 * PostingEnded}) and 3 for its unit directory ({@code UnitOpened} ×2, {@code UnitClosed}). What the clerks were
 * told is kept as the rows a projection of those events must hold ({@link RosterTables}).
 */
final class StaffingBurst {

    static final int ROSTER_EVENTS_PER_GATE = 10;
    static final int UNIT_EVENTS_PER_GATE = 3;
    private static final LocalDate POSTED_FROM = LocalDate.of(2024, 1, 1);

    private final List<Caller> clerks;
    private final int gates;
    private final String department = Lodging.uniqueCode("RPD");
    private final RosterTables expected = new RosterTables();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger gatesDone = new AtomicInteger();

    StaffingBurst(SystemUnderTest suite, int gates, int clerks) {
        this.gates = gates;
        this.clerks = new ArrayList<>();
        for (int i = 0; i < clerks; i++) {
            this.clerks.add(new PersonnelClerk(suite).caller());
        }
    }

    /** The events of the whole burst that declarations applies, the department's opening included. */
    int plannedEvents() {
        return gates * (ROSTER_EVENTS_PER_GATE + UNIT_EVENTS_PER_GATE) + 1;
    }

    int requests() {
        return requests.get();
    }

    int gatesDone() {
        return gatesDone.get();
    }

    /** What a projection of the burst's events must hold: the rows the clerks' answers name. */
    RosterTables expected() {
        return expected;
    }

    /** Opens the department, then makes the gates, each clerk one gate after another, all clerks at once. */
    void produce() {
        String name = "Cục Hải quan " + department;
        unit(clerks.get(0), department, name, "DEPARTMENT", null);
        expected.unit(department, name, "DEPARTMENT", null, null);
        ExecutorService pool = Executors.newFixedThreadPool(clerks.size());
        try {
            AtomicInteger next = new AtomicInteger();
            CompletableFuture.allOf(clerks.stream()
                            .map(clerk -> CompletableFuture.runAsync(
                                    () -> {
                                        for (int gate = next.getAndIncrement();
                                                gate < gates;
                                                gate = next.getAndIncrement()) {
                                            gate(clerk, gate);
                                            gatesDone.incrementAndGet();
                                        }
                                    },
                                    pool))
                            .toArray(CompletableFuture[]::new))
                    .join();
        } finally {
            pool.shutdownNow();
        }
    }

    private void gate(Caller clerk, int number) {
        String code = Lodging.uniqueCode("RPG");
        String name = "Chi cục Hải quan cửa khẩu số " + number;
        String unitId = unit(clerk, code, name, "SUB_DEPARTMENT", department);
        expected.unit(code, name, "SUB_DEPARTMENT", department, null);
        String clearance = post(clerk, unitId, "Đội Thủ tục", "CLEARANCE", true, 6, false);
        String headPost = post(clerk, unitId, "Chi cục trưởng", "MANAGEMENT", false, 1, true);

        List<UUID> officers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String fullName = "Công chức " + number + "-" + i;
            UUID officer = register(clerk, fullName, i == 0 ? "PRINCIPAL_INSPECTOR" : "INSPECTOR");
            expected.officer(officer, fullName, "");
            officers.add(officer);
        }
        LocalDate headFrom = POSTED_FROM.plusDays(number);
        String headPosting = posting(clerk, officers.get(0), headPost, headFrom, "PROMOTION");
        expected.posting(headPosting, officers.get(0), code, headFrom, null);
        expected.head(code, headFrom, officers.get(0));
        for (int i = 1; i < 4; i++) {
            LocalDate from = POSTED_FROM.plusDays(number + i);
            String posting = posting(clerk, officers.get(i), clearance, from, "INITIAL");
            expected.posting(posting, officers.get(i), code, from, i == 3 ? Lodging.today() : null);
        }
        // The last one leaves today: his posting's end must reach the roster after its start.
        step(
                clerk,
                "/api/v1/officers/" + officers.get(3),
                "/departures",
                Map.of("reason", "LONG_LEAVE", "lastDay", Lodging.today().toString(), "decisionNumber", decision()));

        String closedCode = Lodging.uniqueCode("RPX");
        String closedName = "Đội kiểm soát giải thể " + number;
        String closedId = unit(clerk, closedCode, closedName, "SUB_DEPARTMENT", department);
        step(
                clerk,
                "/api/v1/units/" + closedId,
                "/closure",
                Map.of("closedOn", Lodging.today().toString(), "decisionNumber", decision()));
        expected.unit(closedCode, closedName, "SUB_DEPARTMENT", department, Lodging.today());
    }

    private String unit(Caller clerk, String code, String name, String kind, String parentCode) {
        Map<String, Object> unit = PersonnelClerk.unitBody(code, name, kind, parentCode);
        return patiently(() -> clerk.post(STAFFING, "/api/v1/units", unit))
                .expect(201)
                .text("/id");
    }

    private String post(
            Caller clerk,
            String unitId,
            String title,
            String function,
            boolean sensitive,
            int establishment,
            boolean head) {
        Map<String, Object> post = PersonnelClerk.postBody(unitId, title, function, sensitive, establishment, head);
        return patiently(() -> clerk.post(STAFFING, "/api/v1/posts", post))
                .expect(201)
                .text("/id");
    }

    private UUID register(Caller clerk, String fullName, String rank) {
        String number = ("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toUpperCase();
        Map<String, Object> officer = Map.of(
                "serviceNumber", number,
                "fullName", fullName,
                "rank", rank,
                "dateOfBirth", "1984-05-02",
                "retirementDate", "2046-05-02");
        return UUID.fromString(patiently(() -> clerk.post(STAFFING, "/api/v1/officers", officer))
                .expect(201)
                .text("/id"));
    }

    /** Posts the officer; returns the posting's id (the one staffing's {@code OfficerPosted} carries). */
    private String posting(Caller clerk, UUID officer, String postId, LocalDate from, String kind) {
        Caller once = clerk.with("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> posting =
                Map.of("postId", postId, "from", from.toString(), "kind", kind, "decisionNumber", decision());
        return patiently(() -> once.post(STAFFING, "/api/v1/officers/" + officer + "/postings", posting))
                .expect(201)
                .text("/id");
    }

    private void step(Caller clerk, String resource, String step, Object body) {
        String etag = patiently(() -> clerk.get(STAFFING, resource)).expect(200).etag();
        patiently(() -> clerk.with("If-Match", etag).post(STAFFING, resource + step, body))
                .expect(200);
    }

    private static String decision() {
        return UUID.randomUUID().toString().substring(0, 8) + "/QĐ-HQLS";
    }

    /** The request, again after the pause a 429 asks for, within a bounded wait. */
    private Answer patiently(Supplier<Answer> request) {
        return TooManyRequests.retried(() -> {
            requests.incrementAndGet();
            return request.get();
        });
    }
}
