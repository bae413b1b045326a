package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Story 6: the Kafka broker is stopped for 30 s in the middle of 10,000 declarations lodged by concurrent clients,
 * then started again on the same ports and log directory. Lodging never needs the broker (the event is written to
 * the outbox in the declaration's own transaction), so every declaration is accepted, during the outage too; when
 * the broker is back the outbox relay drains the backlog by itself, no service restarted, and the topic read from
 * offset 0 carries exactly one {@code DeclarationSubmitted} per accepted declaration, and none other at the gate.
 * The drain time (from the broker's return to the last event of the outage on the topic) is printed and written to
 * {@code target/figures/broker-outage.txt}. How many: {@code -Dcustoms.system-tests.outage.submits} (default
 * 10,000), {@code -Dcustoms.system-tests.outage.seconds} (default 30).
 */
@ExtendWith(SystemTests.class)
class BrokerOutageIT {

    static final int SUBMITS = Integer.getInteger("customs.system-tests.outage.submits", 10_000);
    static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("customs.system-tests.outage.seconds", 30));
    private static final int CLIENTS = 12;
    private static final int ENTERPRISES = 20;
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final String PENDING = "customs_outbox_pending_events";

    @Test
    void everyDeclarationAcceptedWhileTheBrokerWasAwayIsOnTheTopicOnceWhenItReturns(SystemUnderTest suite)
            throws Exception {
        FaultFigures figures = new FaultFigures("broker-outage");
        DeclarantsAtAGate declarants = DeclarantsAtAGate.open(suite, "BO", ENTERPRISES);
        String bootstrap = suite.kafkaBootstrapServers();

        try (SubmittedEvents watch = SubmittedEvents.watch(bootstrap, declarants.gate())) {
            SubmitLoad load = new SubmitLoad(suite, declarants, Duration.ofSeconds(30));
            long began = System.nanoTime();
            CompletableFuture<List<SubmitLoad.Outcome>> running = load.start(SUBMITS, CLIENTS);

            // A tenth of the load with the broker up, then the outage while the clients go on lodging.
            await().atMost(WAIT).until(() -> load.answered() >= SUBMITS / 10 || running.isDone());
            long stopping = System.nanoTime();
            suite.stopKafka();
            long stopped = System.nanoTime();
            await("declarations accepted while the broker is away")
                    .pollDelay(OUTAGE.minusNanos(System.nanoTime() - stopping))
                    .atMost(OUTAGE.plus(WAIT))
                    .until(() -> load.count(outcome -> outcome.accepted() && outcome.answeredAtNanos() > stopped) > 0);
            double pendingAtReturn =
                    ServiceProbe.metric(suite, Service.DECLARATIONS, PENDING).orElse(Double.NaN);
            long resuming = System.nanoTime();
            suite.startKafka();
            long resumed = System.nanoTime();

            List<SubmitLoad.Outcome> outcomes = running.get(15, TimeUnit.MINUTES);
            long loadEnded = System.nanoTime();
            Map<String, Long> byStatus = SubmitLoad.byStatus(outcomes);
            Set<String> accepted = outcomes.stream()
                    .filter(SubmitLoad.Outcome::accepted)
                    .map(SubmitLoad.Outcome::id)
                    .collect(Collectors.toSet());
            Set<String> duringOutage = outcomes.stream()
                    .filter(SubmitLoad.Outcome::accepted)
                    .filter(outcome -> outcome.answeredAtNanos() >= stopping && outcome.answeredAtNanos() <= resumed)
                    .map(SubmitLoad.Outcome::id)
                    .collect(Collectors.toSet());

            // The backlog drains by itself: the outage's events reach the topic, then every one, and the gauge is 0.
            Long outageDrained = await("the events of the outage on the topic")
                    .atMost(WAIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> watch.lastArrivalNanos(duringOutage), notNullValue());
            Long allOnTopic = await("every accepted declaration's event on the topic")
                    .atMost(WAIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> watch.lastArrivalNanos(accepted), notNullValue());
            await("the outbox backlog drained")
                    .atMost(WAIT)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> ServiceProbe.metric(suite, Service.DECLARATIONS, PENDING)
                                    .orElse(-1)
                            == 0);
            await("declarations ready again, without a restart")
                    .atMost(WAIT)
                    .until(() -> ServiceProbe.ready(suite, Service.DECLARATIONS));

            // Read from offset 0: the gate's DeclarationSubmitted events, per declaration.
            Map<String, Long> onTopic = SubmittedEvents.countsAt(bootstrap, declarants.gate());
            Map<String, Long> duplicates = onTopic.entrySet().stream()
                    .filter(entry -> entry.getValue() != 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));

            figures.put("declarations lodged", SUBMITS)
                    .put("clients", CLIENTS)
                    .put("enterprises", ENTERPRISES)
                    .put("answers by status", byStatus)
                    .put("outage: stop begun to start begun (s)", FaultFigures.seconds(stopping, resuming))
                    .put("broker stop took (s)", FaultFigures.seconds(stopping, stopped))
                    .put("broker start took (s)", FaultFigures.seconds(resuming, resumed))
                    .put("accepted during the outage", duringOutage.size())
                    .put("outbox pending when the broker was started", (long) pendingAtReturn)
                    .put(
                            "drain: broker started to last event of the outage on the topic (s)",
                            FaultFigures.seconds(resumed, outageDrained))
                    .put(
                            "broker started to last event of the load on the topic (s)",
                            FaultFigures.seconds(resumed, allOnTopic))
                    .put("load ended after the broker started (s)", FaultFigures.seconds(resumed, loadEnded))
                    .put(
                            "lodging rate over the whole load (declarations/s)",
                            String.format("%.1f", SUBMITS / ((loadEnded - began) / 1e9)))
                    .put("DeclarationSubmitted events of the gate on the topic", onTopic.size())
                    .put("declarations with more than one event", duplicates.size())
                    .report(suite);

            // Every declaration accepted (a 429 is retried after its pause): none refused, none failed, none hung.
            assertThat(byStatus, equalTo(Map.of("201", (long) SUBMITS)));
            assertThat("declarations accepted during the outage", duringOutage.size(), greaterThan(0));
            // Exactly one DeclarationSubmitted per accepted declaration, none other at the gate.
            assertThat(
                    "events keyed by a declaration not accepted",
                    difference(onTopic.keySet(), accepted),
                    equalTo(Set.of()));
            assertThat(
                    "accepted declarations without their event",
                    difference(accepted, onTopic.keySet()),
                    equalTo(Set.of()));
            assertThat("declarations with more than one event", duplicates, anEmptyMap());
        }
    }

    private static Set<String> difference(Set<String> of, Set<String> without) {
        return of.stream().filter(id -> !without.contains(id)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
