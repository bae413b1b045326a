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
            double pendingAtReturn = ServiceProbe.metric(suite, Service.DECLARATIONS, "customs_outbox_pending_events")
                    .orElse(Double.NaN);
            suite.startKafka();
            long resumed = System.nanoTime();

            List<SubmitLoad.Outcome> outcomes = running.get(15, TimeUnit.MINUTES);
            long loadEnded = System.nanoTime();

            // Every declaration accepted (a 429 is retried after its pause): none refused, none failed, none hung.
            assertThat(SubmitLoad.byStatus(outcomes), equalTo(Map.of("201", (long) SUBMITS)));
            Set<String> accepted = outcomes.stream().map(SubmitLoad.Outcome::id).collect(Collectors.toSet());
            Set<String> duringOutage = outcomes.stream()
                    .filter(outcome -> outcome.answeredAtNanos() >= stopping && outcome.answeredAtNanos() <= resumed)
                    .map(SubmitLoad.Outcome::id)
                    .collect(Collectors.toSet());
            assertThat("declarations accepted during the outage", duringOutage.size(), greaterThan(0));

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
                    .until(() -> ServiceProbe.metric(suite, Service.DECLARATIONS, "customs_outbox_pending_events")
                                    .orElse(-1)
                            == 0);
            await("declarations ready again, without a restart")
                    .atMost(WAIT)
                    .until(() -> ServiceProbe.ready(suite, Service.DECLARATIONS));

            // Read from offset 0: exactly one DeclarationSubmitted per accepted declaration, none other at the gate.
            Map<String, Long> onTopic = SubmittedEvents.countsAt(bootstrap, declarants.gate());
            Map<String, Long> duplicates = onTopic.entrySet().stream()
                    .filter(entry -> entry.getValue() != 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
            assertThat(
                    "events keyed by a declaration not accepted",
                    difference(onTopic.keySet(), accepted),
                    equalTo(Set.of()));
            assertThat(
                    "accepted declarations without their event",
                    difference(accepted, onTopic.keySet()),
                    equalTo(Set.of()));
            assertThat("declarations with more than one event", duplicates, anEmptyMap());

            figures.put("declarations lodged", SUBMITS)
                    .put("clients", CLIENTS)
                    .put("enterprises", ENTERPRISES)
                    .put("accepted (201)", accepted.size())
                    .put("outage (s)", FaultFigures.seconds(stopping, resumed))
                    .put("broker stop took (s)", FaultFigures.seconds(stopping, stopped))
                    .put("accepted during the outage", duringOutage.size())
                    .put("outbox pending when the broker returned", (long) pendingAtReturn)
                    .put(
                            "drain: broker back to last event of the outage on the topic (s)",
                            FaultFigures.seconds(resumed, outageDrained))
                    .put(
                            "broker back to last event of the load on the topic (s)",
                            FaultFigures.seconds(resumed, allOnTopic))
                    .put("load ended after broker back (s)", FaultFigures.seconds(resumed, loadEnded))
                    .put(
                            "lodging rate over the whole load (declarations/s)",
                            String.format("%.1f", SUBMITS / ((loadEnded - began) / 1e9)))
                    .put("DeclarationSubmitted events of the gate on the topic", onTopic.size())
                    .put("duplicates", duplicates.size())
                    .report(suite);
        }
    }

    private static Set<String> difference(Set<String> of, Set<String> without) {
        return of.stream().filter(id -> !without.contains(id)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
