package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static vn.customs.systemtests.Service.DECLARATIONS;
import static vn.customs.systemtests.Service.HOTLINE;
import static vn.customs.systemtests.Service.INSPECTIONS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Story 4, the article's quarter: declarations at three gates, at least 90% electronic, lodged by enterprises'
 * software and cleared by the officers they are routed to, all through the public API; most are cleared within the
 * charter, a few are left until their clock has run out. The statistics of each service then agree with what was
 * sent: declarations' figures per gate, the events on its topic, inspections' risk signals, hotline's reports.
 *
 * <p>The charter clock counts working minutes; the suite runs declarations with a charter of minutes over a working
 * day of 24 hours ({@link CharterInMinutes}), so that the few late declarations are really late, by the service's
 * own clock and breach watch, within the run. How many declarations: {@code -Dcustoms.system-tests.quarter
 * .declarations} (default below, what fits the 15 minutes of the whole run on a 2-core machine; the first few
 * hundred are timed and the rate printed).
 */
@ExtendWith(SystemTests.class)
class ArticleQuarterIT {

    /**
     * The article's quarter: 28,000 declarations. On the CI machine (2 cores, nothing else running) the bulk goes at
     * about 98 declarations/s (210 requests/s) with 12 clients, about 5 minutes, which keeps the whole run (five
     * stories) within 15 minutes; on a machine busy with other builds it is 3-7 times slower, so
     * {@code -Dcustoms.system-tests.quarter.declarations=3000} gives a shorter run there.
     */
    static final int QUARTER = Integer.getInteger("customs.system-tests.quarter.declarations", 28_000);

    static final int CLIENTS = Integer.getInteger("customs.system-tests.quarter.clients", 12);
    private static final int TIMED_FIRST = 300;
    private static final int ENTERPRISES = 20;
    private static final int OFFICERS_PER_GATE = 3;
    private static final int LATE_PER_GATE = 2;
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theStatisticsOfEachServiceAgreeWithTheQuarterSent(SystemUnderTest suite) throws Exception {
        LocalDate today = Lodging.today();
        PersonnelClerk clerk = new PersonnelClerk(suite);
        String department = Lodging.uniqueCode("Q4D");
        clerk.openUnit(department, "Cục Hải quan " + department, "DEPARTMENT", null);
        List<QuarterLoad.GateTraffic> gates = new ArrayList<>();
        Map<String, List<UUID>> postedAt = new LinkedHashMap<>();
        for (String name : List.of("Hữu Nghị", "Cốc Nam", "Chi Ma")) {
            String code = Lodging.uniqueCode("Q4G");
            String unit = clerk.openUnit(code, "Chi cục Hải quan cửa khẩu " + name, "SUB_DEPARTMENT", department);
            String post = clerk.post(unit, "Công chức thủ tục " + name, "CLEARANCE", false, 20, false);
            List<UUID> officers = new ArrayList<>();
            for (int i = 0; i < OFFICERS_PER_GATE; i++) {
                UUID officer = clerk.register("Vũ Văn Thông Quan " + name + " " + (i + 1), "INSPECTOR");
                clerk.postOfficer(officer, post, LocalDate.of(2025, 1, 6), "INITIAL");
                officers.add(officer);
            }
            postedAt.put(code, officers);
            gates.add(new QuarterLoad.GateTraffic(code, new QuarterTally()));
        }

        // The people: every officer of the gates, the enterprises (one in ten still lodges some on paper), a
        // dashboard and an inspection lead, each an account in Keycloak.
        Map<String, Caller> officers = new ConcurrentHashMap<>();
        List<QuarterLoad.Enterprise> enterprises = new ArrayList<>();
        List<Future<?>> accounts = new ArrayList<>();
        ExecutorService creating = Executors.newFixedThreadPool(4);
        postedAt.values().stream()
                .flatMap(List::stream)
                .forEach(officer -> accounts.add(creating.submit(() -> officers.put(
                        officer.toString(),
                        suite.as(suite.user(
                                "officer", List.of("OFFICER"), Map.of("officer_id", officer.toString())))))));
        List<Future<QuarterLoad.Enterprise>> declarants = new ArrayList<>();
        for (int e = 0; e < ENTERPRISES; e++) {
            boolean paperToo = e % 10 == 0;
            declarants.add(creating.submit(() -> {
                String taxId = Lodging.taxId();
                return new QuarterLoad.Enterprise(
                        taxId,
                        suite.as(suite.user("enterprise", List.of("DECLARANT"), Map.of("tax_id", taxId))),
                        paperToo);
            }));
        }
        for (Future<?> account : accounts) {
            account.get();
        }
        for (Future<QuarterLoad.Enterprise> declarant : declarants) {
            enterprises.add(declarant.get());
        }
        creating.shutdown();
        Caller dashboard = suite.as(suite.user("dashboard", List.of("DASHBOARD"), Map.of()));
        Caller lead = suite.as(suite.user("inspection-lead", List.of("INSPECTION_LEAD"), Map.of()));

        progress("the organisation and " + (officers.size() + enterprises.size() + 2) + " accounts are ready");

        // Declarations knows the gates and their officers from staffing's events.
        QuarterLoad.Enterprise first = enterprises.get(0);
        for (QuarterLoad.GateTraffic gate : gates) {
            Lodging.awaitGate(first.caller(), first.taxId(), gate.code());
        }
        officers.values()
                .forEach(officer -> await().atMost(WAIT)
                        .until(() ->
                                officer.get(DECLARATIONS, "/api/v1/work-queue").status() == 200));

        // The late ones first: lodged electronically and left with their officers until the clock has run out.
        QuarterLoad load = new QuarterLoad(enterprises, gates, officers);
        List<Integer> numbers = new ArrayList<>();
        Map<Integer, Answer> late = new LinkedHashMap<>();
        Map<String, Integer> latePerGate = new HashMap<>();
        for (int n = 0; n < QUARTER; n++) {
            String gate = load.gateOf(n).code();
            if (!load.onPaper(n) && latePerGate.getOrDefault(gate, 0) < LATE_PER_GATE) {
                latePerGate.merge(gate, 1, Integer::sum);
                late.put(n, load.lodge(n));
            } else {
                numbers.add(n);
            }
        }

        // The rest, lodged and cleared at once by concurrent clients; the first few hundred timed on their own.
        int timed = Math.min(TIMED_FIRST, numbers.size());
        long began = System.nanoTime();
        load.run(numbers.subList(0, timed), CLIENTS);
        report("first", timed, began, load.requests());
        long requestsBefore = load.requests();
        began = System.nanoTime();
        load.run(numbers.subList(timed, numbers.size()), CLIENTS);
        report("rest", numbers.size() - timed, began, load.requests() - requestsBefore);

        progress("the quarter is lodged; now the late ones");

        // The late ones: their clock has run out by the service's own reckoning (the breach watch announced it),
        // and they are cleared late.
        for (Map.Entry<Integer, Answer> entry : late.entrySet()) {
            Answer declaration = entry.getValue();
            QuarterLoad.Enterprise declarant = enterprises.get(entry.getKey() % enterprises.size());
            String clock = "/api/v1/declarations/" + declaration.text("/id") + "/clock";
            await().atMost(WAIT)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(
                            () -> declarant
                                    .caller()
                                    .get(DECLARATIONS, clock)
                                    .expect(200)
                                    .text("/state"),
                            "BREACHED"::equals);
            Answer fresh = declarant
                    .caller()
                    .get(DECLARATIONS, "/api/v1/declarations/" + declaration.text("/id"))
                    .expect(200);
            Answer cleared = load.clear(officers.get(declaration.text("/assignedOfficerId")), fresh);
            assertThat(cleared.text("/status"), equalTo("CLEARED"));
            assertThat(cleared.text("/clock/state"), equalTo("BREACHED"));
            load.gateOf(entry.getKey()).tally().cleared(false);
        }

        progress("the late ones are cleared late");

        // Declarations' figures per gate are what was sent: counts, channels, shares, enterprises, trade value.
        long all = 0;
        long electronic = 0;
        for (QuarterLoad.GateTraffic gate : gates) {
            QuarterTally sent = gate.tally();
            assertThat(gate.code(), sent.clearedLate(), equalTo((long) LATE_PER_GATE));
            Answer figures = dashboard
                    .get(DECLARATIONS, "/api/v1/statistics?gate=" + gate.code() + "&from=" + today + "&to=" + today)
                    .expect(200);
            assertThat(figures.toString(), figures.at("/declarations").asLong(), equalTo(sent.declarations()));
            assertThat(figures.at("/byStatus").toString(), equalTo("{\"CLEARED\":" + sent.declarations() + "}"));
            assertThat(counts(figures.at("/byChannel")), equalTo(sent.byChannel()));
            assertThat(decimal(figures, "/electronicShare"), comparesEqualTo(sent.electronicShare()));
            assertThat(
                    decimal(figures, "/electronicEnterpriseShare"), comparesEqualTo(sent.electronicEnterpriseShare()));
            assertThat(figures.at("/cleared").asLong(), equalTo(sent.cleared()));
            assertThat(decimal(figures, "/onTimeShare"), comparesEqualTo(sent.onTimeShare()));
            assertThat(figures.at("/activeEnterprises").asLong(), equalTo(sent.activeEnterprises()));
            assertThat(decimal(figures, "/tradeValueUsd"), comparesEqualTo(sent.tradeValueUsd()));
            all += sent.declarations();
            electronic += sent.electronic();
        }
        assertThat(all, equalTo((long) QUARTER));
        assertThat(
                "the article's e-declaration target",
                QuarterTally.share(electronic, all),
                greaterThanOrEqualTo(new BigDecimal("90.0")));

        // The topic carries each declaration's submission, registration and clearance once, and each breach once.
        Set<String> codes = new HashSet<>();
        gates.forEach(gate -> codes.add(gate.code()));
        Map<String, Long> expected = new TreeMap<>(Map.of(
                "customs.declarations.DeclarationSubmitted.v1", (long) QUARTER,
                "customs.declarations.DeclarationRegistered.v1", (long) QUARTER,
                "customs.declarations.DeclarationCleared.v1", (long) QUARTER,
                "customs.declarations.CharterBreached.v1", (long) late.size()));
        await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> eventsAbout(suite, codes), equalTo(expected));

        progress("the topic agrees");

        // Inspections weighs each gate's breaches in its draws: the signals are the breaches sent.
        Map<String, Object> draw = Map.of("size", 1, "candidates", new ArrayList<>(codes));
        Map<String, Integer> breachesWeighed = await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(5))
                .until(
                        () -> breaches(lead.post(INSPECTIONS, "/api/v1/draws", draw)),
                        weighed -> weighed.equals(latePerGate));
        assertThat(breachesWeighed, equalTo(latePerGate));

        // Hotline: the article's quarter without a report from businesses at these gates.
        for (QuarterLoad.GateTraffic gate : gates) {
            assertThat(
                    dashboard
                            .get(
                                    HOTLINE,
                                    "/api/v1/statistics/reports?unit=" + gate.code() + "&from=" + today + "&to="
                                            + today)
                            .expect(200)
                            .text("/received"),
                    equalTo("0"));
        }
    }

    /** When the story began (the suite is up by then), for the progress lines of the run's output. */
    private final long storyBegan = System.nanoTime();

    private void progress(String what) {
        System.out.printf(
                "system tests: quarter, %s (%d s)%n", what, (System.nanoTime() - storyBegan) / 1_000_000_000L);
    }

    private static void report(String part, int declarations, long began, long requests) {
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(
                "system tests: quarter, %s %d declarations lodged and cleared in %.1f s with %d clients:"
                        + " %.1f declarations/s, %.1f requests/s%n",
                part, declarations, seconds, CLIENTS, declarations / seconds, requests / seconds);
    }

    /** The declarations topic's records about the gates, counted by type. */
    private static Map<String, Long> eventsAbout(SystemUnderTest suite, Set<String> gates) {
        Map<String, Long> counts = new TreeMap<>();
        for (ConsumerRecord<String, String> record :
                Topics.readAll(suite.kafkaBootstrapServers(), "customs.declarations.v1")) {
            if (gates.contains(field(record.value(), "gateCode"))) {
                String type = Topics.header(record, "ce_type");
                counts.merge(type, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Map<String, Integer> breaches(Answer draw) {
        draw.expect(201);
        Map<String, Integer> weighed = new HashMap<>();
        draw.at("/candidates").forEach(c -> {
            int breaches = c.path("signals").path("charterBreaches").asInt();
            if (breaches > 0) {
                weighed.put(c.path("unitCode").asText(), breaches);
            }
        });
        return weighed;
    }

    private static String field(String json, String name) {
        try {
            return JSON.readTree(json).path(name).asText(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> counts(JsonNode object) {
        Map<String, Long> counts = new TreeMap<>();
        object.fields()
                .forEachRemaining(
                        entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }

    private static BigDecimal decimal(Answer answer, String pointer) {
        return new BigDecimal(answer.at(pointer).asText());
    }
}
