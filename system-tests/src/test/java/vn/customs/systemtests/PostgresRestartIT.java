package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Story 7: PostgreSQL is stopped in the middle of a load of declarations (a fast shutdown: sessions ended, open
 * transactions rolled back) and started again a few seconds later on the same port and data directory. The four
 * services recover without a restart: ready again, and new requests succeed. Every lodging that was answered 2xx is
 * in the database (read back through the API, with its LRN) and its event reaches the topic exactly once; every other
 * got a problem document ({@code application/problem+json}, 4xx/5xx; while the database is away the platform answers
 * 503 {@code database-unavailable} with {@code Retry-After}); none waited past the client's 30 s. The figures
 * (answers by status, downtime, recovery) are printed and written to {@code target/figures/postgres-restart.txt}.
 * How many: {@code -Dcustoms.system-tests.restart.submits} (default 2,000).
 */
@ExtendWith(SystemTests.class)
class PostgresRestartIT {

    static final int SUBMITS = Integer.getInteger("customs.system-tests.restart.submits", 2_000);
    private static final Duration DOWN = Duration.ofSeconds(5);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    private static final int CLIENTS = 8;
    private static final int ENTERPRISES = 10;
    private static final Duration WAIT = Duration.ofMinutes(3);

    @Test
    void theServicesRecoverAndEveryAcceptedDeclarationIsKept(SystemUnderTest suite) throws Exception {
        FaultFigures figures = new FaultFigures("postgres-restart");
        DeclarantsAtAGate declarants = DeclarantsAtAGate.open(suite, "PR", ENTERPRISES);
        PersonnelClerk clerk = new PersonnelClerk(suite);
        SubmitLoad load = new SubmitLoad(suite, declarants, CLIENT_TIMEOUT);
        long began = System.nanoTime();
        CompletableFuture<List<SubmitLoad.Outcome>> running = load.start(SUBMITS, CLIENTS);

        // A fifth of the load with the database up; then it goes away while the clients go on.
        await().atMost(WAIT).until(() -> load.answered() >= SUBMITS / 5 || running.isDone());
        long stopping = System.nanoTime();
        suite.stopPostgres();
        long stopped = System.nanoTime();
        await("a lodging refused while the database is away")
                .pollDelay(DOWN)
                .atMost(DOWN.plus(CLIENT_TIMEOUT).plus(WAIT))
                .until(() -> load.count(outcome -> !outcome.accepted() && outcome.answeredAtNanos() > stopped) > 0
                        || load.count(SubmitLoad.Outcome::hung) > 0);
        suite.startPostgres();
        long restarted = System.nanoTime();

        // The services are ready again by themselves, and take new work: a lodging of the load, an officer registered.
        await("the four services ready again")
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> Stream.of(Service.values()).allMatch(service -> ServiceProbe.ready(suite, service)));
        long ready = System.nanoTime();
        await("a lodging accepted after the restart")
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> load.count(outcome -> outcome.accepted() && outcome.answeredAtNanos() > restarted) > 0
                        || running.isDone());
        clerk.register("Lý Thị Phục Hồi", "INSPECTOR");

        List<SubmitLoad.Outcome> outcomes = running.get(15, TimeUnit.MINUTES);
        long loadEnded = System.nanoTime();
        String afterLoad = Lodging.lodge(
                        suite.as(declarants.enterprise(0).user()),
                        declarants.enterprise(0).taxId(),
                        declarants.gate())
                .expect(201)
                .text("/id");

        // What the clients got: no hang, no broken connection; but for a 2xx, a problem document (503 + Retry-After).
        Map<String, Long> byStatus = SubmitLoad.byStatus(outcomes);
        List<String> notProblems = outcomes.stream()
                .filter(outcome -> !outcome.accepted())
                .filter(outcome -> outcome.hung()
                        || outcome.failure() != null
                        || outcome.status() < 400
                        || !outcome.problem()
                        || (outcome.status() == 503 && outcome.retryAfter() == null))
                .map(outcome ->
                        outcome.status() + " " + outcome.contentType() + " " + outcome.failure() + " " + outcome.body())
                .limit(10)
                .toList();
        List<SubmitLoad.Outcome> accepted =
                outcomes.stream().filter(SubmitLoad.Outcome::accepted).toList();
        long acceptedAfter = accepted.stream()
                .filter(outcome -> outcome.answeredAtNanos() > restarted)
                .count();

        // Every accepted declaration is in the database: its enterprise reads it back, with its LRN.
        Map<String, String> unreadable = readBack(suite, declarants, accepted);

        // Each accepted declaration's event reaches the topic (the relay waited out the restart), once.
        Set<String> ids = accepted.stream().map(SubmitLoad.Outcome::id).collect(Collectors.toSet());
        Map<String, Long> onTopic = await("every accepted declaration's event on the topic")
                .atMost(WAIT)
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> SubmittedEvents.countsAt(suite.kafkaBootstrapServers(), declarants.gate()),
                        counts -> counts.keySet().containsAll(ids));
        Map<String, Long> notOnce = new TreeMap<>();
        ids.forEach(id -> {
            if (onTopic.get(id) != 1) {
                notOnce.put(id, onTopic.get(id));
            }
        });
        // Any other event of the gate is a lodging whose commit went through while its answer could not (the
        // connection broke after the commit): counted, not hidden.
        long storedWithoutA2xx = onTopic.keySet().stream()
                .filter(id -> !ids.contains(id) && !id.equals(afterLoad))
                .count();

        figures.put("declarations lodged", SUBMITS)
                .put("clients", CLIENTS)
                .put("enterprises", ENTERPRISES)
                .put("client timeout (s)", CLIENT_TIMEOUT.toSeconds())
                .put("answers by status", byStatus)
                .put("hangs", byStatus.getOrDefault("hang", 0L))
                .put(
                        "accepted before the stop",
                        accepted.stream()
                                .filter(outcome -> outcome.answeredAtNanos() < stopping)
                                .count())
                .put("accepted after the restart", acceptedAfter)
                .put("PostgreSQL stop took (s)", FaultFigures.seconds(stopping, stopped))
                .put("database away: stop begun to start done (s)", FaultFigures.seconds(stopping, restarted))
                .put("all four services ready after the start (s)", FaultFigures.seconds(restarted, ready))
                .put(
                        "first lodging accepted after the start (s)",
                        FaultFigures.seconds(
                                restarted,
                                accepted.stream()
                                        .mapToLong(SubmitLoad.Outcome::answeredAtNanos)
                                        .filter(at -> at > restarted)
                                        .min()
                                        .orElse(restarted)))
                .put("accepted and read back", accepted.size() - unreadable.size())
                .put("accepted with their event on the topic more than once", notOnce.size())
                .put("stored and on the topic without a 2xx", storedWithoutA2xx)
                .put("load (s)", FaultFigures.seconds(began, loadEnded))
                .report(suite);

        assertThat("answers that are neither 2xx nor a problem document (" + byStatus + ")", notProblems, empty());
        assertThat("a clear 503 while the database is away, never a 500", byStatus.get("500"), nullValue());
        assertThat(
                "lodgings refused while the database was away (" + byStatus + ")",
                (long) outcomes.size() - accepted.size(),
                greaterThan(0L));
        assertThat("lodgings accepted after the restart", acceptedAfter, greaterThan(0L));
        assertThat("accepted declarations that do not read back", unreadable, anEmptyMap());
        assertThat("accepted declarations whose event is on the topic more than once", notOnce, anEmptyMap());
    }

    /** Each accepted declaration read by its enterprise: those that do not answer 200 with their LRN, and why. */
    private static Map<String, String> readBack(
            SystemUnderTest suite, DeclarantsAtAGate declarants, List<SubmitLoad.Outcome> accepted) throws Exception {
        Map<String, Caller> callers = new ConcurrentHashMap<>();
        Map<String, String> unreadable = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (SubmitLoad.Outcome outcome : accepted) {
                reads.add(pool.submit(() -> {
                    Caller enterprise = callers.computeIfAbsent(
                            outcome.taxId(),
                            taxId -> suite.as(declarants.byTaxId(taxId).user()));
                    Answer read = enterprise.get(Service.DECLARATIONS, "/api/v1/declarations/" + outcome.id());
                    if (read.status() != 200 || !outcome.lrn().equals(read.text("/lrn"))) {
                        unreadable.put(outcome.id(), read.toString());
                    }
                }));
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } finally {
            pool.shutdown();
        }
        return new TreeMap<>(unreadable);
    }
}
