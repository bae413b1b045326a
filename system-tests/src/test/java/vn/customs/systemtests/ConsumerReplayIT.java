package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static vn.customs.systemtests.Service.DECLARATIONS;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Story 6: declarations' officer roster and unit directory, projections of staffing's topic, survive a consumer
 * SIGKILLed five times in the middle of a burst, and rebuild the same from offset 0. Four personnel clerks make a burst
 * of staffing changes through staffing's API ({@link StaffingBurst}) while declarations applies them; it is killed
 * each time another sixth of the burst is applied (so with records fetched, some applied and not yet committed) and
 * started again on its database. Once it has caught up, its projections must hold exactly what the clerks were told,
 * and two fresh instances of declarations, started together, each with an empty database and consumer groups of its
 * own, replay {@code customs.staffing.v1} from offset 0 and must end with the same tables, row for row, as the killed
 * instance, every row of the roster and directory, the other stories' included, and the same inbox (each event
 * applied once, from the same record).
 */
@ExtendWith(SystemTests.class)
class ConsumerReplayIT {

    private static final String TOPIC = "customs.staffing.v1";
    private static final int KILLS = 5;
    /**
     * The restarted instances take at most ten records a poll: the inbox applies a poll in one transaction, and a
     * whole backlog in a few hundred-event transactions would be applied between two looks of the test, so that no
     * kill would find the burst half applied.
     */
    private static final Map<String, String> SMALL_POLLS =
            Map.of("mp.messaging.incoming.staffing-events.max.poll.records", "10");

    private static final int GATES = Integer.getInteger("customs.system-tests.replay.gates", 48);
    private static final int CLERKS = 4;
    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final Map<String, String> GROUPS =
            Map.of("declarations.officers", "declarations-service", "declarations.units", "declarations-service.units");
    private static final Map<String, List<String>> TYPES = Map.of(
            "declarations.officers",
            List.of(
                    "OfficerRegistered",
                    "OfficerPosted",
                    "PostingEnded",
                    "DisciplineCaseOpened",
                    "DisciplineCaseClosed",
                    "UnitHeadChanged"),
            "declarations.units",
            List.of("UnitOpened", "UnitClosed"));

    @Test
    void aConsumerKilledFiveTimesAndTwoReplaysFromOffsetZeroKeepTheSameProjections(SystemUnderTest suite)
            throws SQLException {
        String bootstrap = suite.kafkaBootstrapServers();
        StaffingBurst burst = new StaffingBurst(suite, GATES, CLERKS);
        Map<Integer, Long> from = Topics.endOffsets(bootstrap, TOPIC);
        Instant began = Instant.now();
        ExecutorService background = Executors.newCachedThreadPool();
        try (Connection declarations = suite.readOnly("declarations")) {
            InboxProgress burstApplied = new InboxProgress(declarations, TOPIC, from);
            CompletableFuture<Void> production = CompletableFuture.runAsync(burst::produce, background);
            CompletableFuture<Void> starting = CompletableFuture.completedFuture(null);
            Instant lastStart = began;
            AtomicReference<Instant> lastReady = new AtomicReference<>();
            long appliedAtLastKill = burstApplied.total();
            for (int kill = 1; kill <= KILLS; kill++) {
                // Past the next sixth of the burst, and past what the previous instance applied: this instance has
                // applied events of its own, and is in the middle of its records.
                long threshold = Math.max(burst.plannedEvents() * kill / (KILLS + 1), appliedAtLastKill + 1);
                await("declarations applying the burst past " + threshold + " events")
                        .atMost(WAIT)
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> {
                            if (production.isCompletedExceptionally()) {
                                production.join();
                            }
                            return burstApplied.total() >= threshold;
                        });
                suite.kill(DECLARATIONS);
                long applied = burstApplied.total();
                long uncommitted = appliedNotCommitted(bootstrap, declarations, from);
                // The start the kill interrupted fails (the JVM died before it was ready) or had finished.
                starting.handle((done, killedBeforeReady) -> null).join();
                System.out.printf(
                        "system tests: replay story: kill %d after %d s, %d of %d events of the burst applied (%d"
                                + " gates of %d made), %d applied and not committed (delivered again after the"
                                + " restart)%n",
                        kill,
                        Duration.between(began, Instant.now()).toSeconds(),
                        applied,
                        burst.plannedEvents(),
                        burst.gatesDone(),
                        GATES,
                        uncommitted);
                assertThat("killed in the middle of the burst", applied, lessThan((long) burst.plannedEvents()));
                appliedAtLastKill = applied;
                lastStart = Instant.now();
                starting = CompletableFuture.runAsync(
                        () -> {
                            suite.start(DECLARATIONS, SMALL_POLLS);
                            lastReady.set(Instant.now());
                        },
                        background);
            }
            starting.join();
            production.join();
            System.out.printf(
                    "system tests: replay story: burst made in %d s, %d requests to staffing%n",
                    Duration.between(began, Instant.now()).toSeconds(), burst.requests());

            Map<String, Long> onTopic = applicableSince(bootstrap, from);
            assertThat(
                    "what the clerks did",
                    onTopic.values().stream().mapToLong(Long::longValue).sum(),
                    equalTo((long) burst.plannedEvents()));
            await("declarations catching up with the burst")
                    .atMost(WAIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(burstApplied::counts, equalTo(onTopic));
            Instant caughtUp = burstApplied.applied().values().stream()
                    .map(InboxProgress.Applied::last)
                    .max(Instant::compareTo)
                    .orElseThrow();
            System.out.printf(
                    "system tests: replay story: caught up %d ms after the last start (%d ms after it was ready);"
                            + " %d s since the burst began%n",
                    Duration.between(lastStart, caughtUp).toMillis(),
                    Duration.between(lastReady.get(), caughtUp).toMillis(),
                    Duration.between(began, caughtUp).toSeconds());

            RosterTables killed = RosterTables.read(declarations);
            RosterTables ofTheBurst = killed.restrictedTo(burst.expected());
            assertThat(ofTheBurst.differencesFrom(burst.expected()), empty());
            assertThat(ofTheBurst, equalTo(burst.expected()));
            Map<String, Long> wholeTopic = new InboxProgress(declarations, TOPIC, Map.of()).counts();

            // Both at once: each has its own database and consumer groups, and the two starts overlap.
            List<CompletableFuture<RosterTables>> replays = List.of("replay1", "replay2").stream()
                    .map(role -> CompletableFuture.supplyAsync(() -> replay(suite, role, wholeTopic), background))
                    .toList();
            for (CompletableFuture<RosterTables> replay : replays) {
                RosterTables replayed = replay.join();
                assertThat(replayed.differencesFrom(killed), empty());
                assertThat(replayed, equalTo(killed));
            }
            System.out.printf(
                    "system tests: replay story: equal projections %s; story took %d s%n",
                    killed, Duration.between(began, Instant.now()).toSeconds());
        } finally {
            background.shutdownNow();
        }
    }

    /**
     * A fresh declarations with an empty database and consumer groups of its own, which start from offset 0, until it
     * has applied as many events of the topic as the killed instance; its tables, once it has. It publishes nothing
     * into the suite: it makes no event of its own (its outbox stays empty, asserted; the relay is off besides), its
     * audit checkpoints go to a topic of its own, and so would its dead letters. Its inspections channel (findings
     * into the enterprises' compliance record) reads an empty topic of its own: that record joins findings with the
     * declarations lodged in the service itself, so an empty database cannot rebuild it from events, and each finding
     * would only be refused to a dead-letter topic.
     */
    private static RosterTables replay(SystemUnderTest suite, String role, Map<String, Long> wholeTopic) {
        String name = role + "_" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("mp.messaging.connector.smallrye-kafka.group.id", "declarations-" + name);
        properties.put("customs.outbox.relay-enabled", "false");
        properties.put("customs.audit.checkpoint-topic", "customs.declarations-" + name + ".audit-checkpoints.v1");
        properties.put("mp.messaging.incoming.inspections-events.topic", "customs." + name + ".nothing.v1");
        properties.put("mp.messaging.incoming.inspections-events.dead-letter-queue.topic", "customs." + name + ".dlq");
        properties.put("mp.messaging.incoming.staffing-events.dead-letter-queue.topic", TOPIC + ".dlq." + name);
        properties.put("mp.messaging.incoming.staffing-units.dead-letter-queue.topic", TOPIC + ".dlq." + name + ".u");
        try (FreshInstance instance = suite.startFresh(DECLARATIONS, name, properties);
                Connection database = suite.readOnly(instance.database())) {
            InboxProgress progress = new InboxProgress(database, TOPIC, Map.of());
            await(role + " replaying " + TOPIC + " from offset 0")
                    .atMost(WAIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(progress::counts, equalTo(wholeTopic));
            Map<String, InboxProgress.Applied> applied = progress.applied();
            Map<String, Long> millis = new TreeMap<>();
            applied.forEach((consumer, share) -> millis.put(
                    consumer,
                    Duration.between(instance.launched(), share.last()).toMillis()));
            long records = Topics.endOffsets(suite.kafkaBootstrapServers(), TOPIC).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            System.out.printf(
                    "system tests: replay story: %s ready %d ms after launch; %s (%d records) applied in full, ms"
                            + " after launch %s, events %s%n",
                    role,
                    Duration.between(instance.launched(), instance.ready()).toMillis(),
                    TOPIC,
                    records,
                    millis,
                    wholeTopic);
            assertThat(role + " made no event of its own", count(database, "platform_outbox"), equalTo(0L));
            assertThat(wholeTopic.values().stream().mapToLong(Long::longValue).sum(), greaterThan(0L));
            return RosterTables.read(database);
        } catch (SQLException e) {
            throw new IllegalStateException(role + ": " + e.getMessage(), e);
        }
    }

    /** Per consumer, the records on the topic since {@code from} of a type it applies. */
    private static Map<String, Long> applicableSince(String bootstrap, Map<Integer, Long> from) {
        List<ConsumerRecord<String, String>> records = Topics.readAll(bootstrap, TOPIC).stream()
                .filter(record -> record.offset() >= from.getOrDefault(record.partition(), 0L))
                .toList();
        Map<String, Long> counts = new TreeMap<>();
        TYPES.forEach((consumer, types) -> counts.put(
                consumer,
                records.stream()
                        .filter(record -> types.stream()
                                .anyMatch(
                                        type -> Topics.header(record, "ce_type").endsWith("." + type + ".v1")))
                        .count()));
        return counts;
    }

    /**
     * Events the killed instance had applied (in its inbox, committed in the database) past the offsets its consumer
     * groups had committed to Kafka: the next instance is handed them again, and its inbox must skip them.
     */
    private static long appliedNotCommitted(String bootstrap, Connection declarations, Map<Integer, Long> partitions) {
        long uncommitted = 0;
        for (Map.Entry<String, String> group : GROUPS.entrySet()) {
            Map<Integer, Long> committed = Topics.committed(bootstrap, group.getValue(), TOPIC);
            Map<Integer, Long> after = new TreeMap<>();
            partitions.keySet().forEach(partition -> after.put(partition, committed.getOrDefault(partition, 0L)));
            uncommitted +=
                    new InboxProgress(declarations, TOPIC, after).counts().get(group.getKey());
        }
        return uncommitted;
    }

    private static long count(Connection database, String table) throws SQLException {
        try (Statement statement = database.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
