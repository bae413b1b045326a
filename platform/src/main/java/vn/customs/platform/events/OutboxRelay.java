package vn.customs.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.customs.platform.http.Bounds;

/**
 * Publishes committed outbox rows to Kafka, in position order, and moves them from the pending queue to the change
 * feed.
 *
 * <p>Safe with several instances of a service: each batch runs in one database transaction that first takes a
 * transaction-scoped advisory lock, so one relay publishes at a time and per-aggregate order holds across
 * instances (with {@code SKIP LOCKED} alone, two relays could publish one aggregate's events out of order).
 * The producer is idempotent with {@code acks=all}. A batch that Kafka does not acknowledge in time is rolled
 * back and retried after a pause that doubles while Kafka stays away; nothing is lost. A batch sent again after a
 * failure (or the first batch after a start) leaves out the events Kafka already took ({@link DeliveredEvents}), so
 * that a database restart or a broker outage in the middle of a batch puts no event on the topic twice; consumers'
 * inboxes still absorb a duplicate should one pass (two instances racing after a failure).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock key every relay of a database agrees on ("outbox" in ASCII). */
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    /** The advisory lock of the retention cleanup ("outbox-r"). */
    private static final long CLEANUP_LOCK = 0x6f7574626f782d72L;

    private static final Duration MIN_BACKOFF = Duration.ofMillis(200);
    private static final Duration BACKLOG_READING_INTERVAL = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final OutboxSignal signal;
    private final OutboxBacklog backlog;
    private final String bootstrapServers;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private Instant nextCleanup = Instant.EPOCH;
    private Instant nextBacklogReading = Instant.EPOCH;
    /** Until a batch commits, Kafka may hold records of pending events: at the start, and after a failed batch. */
    private volatile boolean recovering = true;

    OutboxRelay(
            DataSource dataSource,
            OutboxConfig config,
            OutboxSignal signal,
            OutboxBacklog backlog,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.config = config;
        this.signal = signal;
        this.backlog = backlog;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent startup) {
        if (config.relayEnabled()) {
            start();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    /** Starts the relay thread (tests start a second relay on the same database this way). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    private void run() {
        Duration backoff = MIN_BACKOFF;
        boolean failing = false;
        while (running) {
            try {
                int published = publishBatch();
                if (failing) {
                    LOG.info("Outbox relay publishes again");
                    failing = false;
                }
                backoff = MIN_BACKOFF;
                cleanUpWhenDue();
                refreshBacklogWhenDue();
                if (published < config.batchSize()) {
                    signal.await(config.idlePoll());
                    // under load, commits follow each other closely: a short pause lets the next batch carry many
                    // events instead of one (a batch costs a transaction and a Kafka round trip)
                    Thread.sleep(config.linger().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!failing) {
                    LOG.warnf(
                            "Outbox relay cannot publish (%s); retrying with back-off, nothing is lost", e.toString());
                    failing = true;
                }
                backlog.failed(e);
                closeProducer();
                refreshQuietly();
                if (!pause(backoff)) {
                    return;
                }
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    /** One transaction: lock, read pending rows in order, send them, wait for every ack, mark them sent. */
    int publishBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!takeRelayLock(connection)) {
                    connection.rollback();
                    return 0; // another instance is publishing; look again after the idle poll
                }
                List<PendingEvent> batch = pending(connection);
                List<PendingEvent> unsent = recovering ? notOnKafkaYet(batch) : batch;
                Map<Long, String> refused = unsent.isEmpty() ? Map.of() : send(unsent);
                if (!batch.isEmpty()) {
                    markSent(
                            connection,
                            batch.stream()
                                    .filter(event -> !refused.containsKey(event.position()))
                                    .toList());
                    park(connection, refused);
                }
                connection.commit();
                recovering = false;
                if (!refused.isEmpty()) {
                    backlog.parked(refused.size());
                    // an idempotent producer that had a record refused starts afresh rather than carry its state on
                    closeProducer();
                }
                return batch.size();
            } catch (Exception e) {
                recovering = true;
                connection.rollback();
                throw e;
            }
        }
    }

    /** The batch without the events a failed batch delivered before its transaction was lost. */
    private List<PendingEvent> notOnKafkaYet(List<PendingEvent> batch) {
        if (batch.isEmpty()) {
            return batch;
        }
        Set<UUID> delivered =
                DeliveredEvents.among(bootstrapServers, batch, 2 * config.batchSize(), config.sendTimeout());
        if (!delivered.isEmpty()) {
            LOG.infof(
                    "%d event(s) of the batch are on Kafka already; they are marked sent, not sent again",
                    delivered.size());
        }
        return batch.stream()
                .filter(event -> !delivered.contains(event.eventId()))
                .toList();
    }

    private static boolean takeRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> pending(Connection connection) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + PendingEvent.COLUMNS
                + " FROM platform_outbox_pending JOIN platform_outbox USING (position) ORDER BY position LIMIT ?")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(PendingEvent.read(rows));
                }
            }
        }
        return batch;
    }

    /**
     * Sends the batch and waits for every acknowledgement. Returns the records Kafka refused for good, by position,
     * with Kafka's error; throws when Kafka could not be reached or answered with a failure that passes (the whole
     * batch is then retried).
     */
    private Map<Long, String> send(List<PendingEvent> batch) throws Exception {
        KafkaProducer<String, byte[]> kafka = producer();
        // Fails fast (once, after max.block.ms) when Kafka is away: otherwise every send of the batch would wait
        // for the topic's metadata in turn.
        for (String topic : batch.stream().map(PendingEvent::topic).distinct().toList()) {
            kafka.partitionsFor(topic);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            acks.add(kafka.send(event.toRecord()));
        }
        kafka.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                if (!refusedForGood(e.getCause())) {
                    throw e;
                }
                PendingEvent event = batch.get(i);
                LOG.errorf(
                        "Kafka refuses event %s (%s, outbox position %d) for good; it is parked: %s",
                        event.eventId(),
                        event.eventType(),
                        event.position(),
                        e.getCause().toString());
                refused.put(event.position(), Bounds.cut(e.getCause().toString(), Bounds.REASON_MAX_LENGTH));
            }
        }
        return refused;
    }

    /**
     * Errors that sending the same record again cannot cure: it is too large, its topic is not one this service
     * may write or not a valid name, it is not a valid record. Kafka being away, slow or electing a leader is not
     * among them; neither is a cluster-wide refusal of this producer, which would otherwise park every event.
     */
    static boolean refusedForGood(Throwable error) {
        return error instanceof RecordTooLargeException
                || error instanceof RecordBatchTooLargeException
                || error instanceof TopicAuthorizationException
                || error instanceof InvalidTopicException
                || error instanceof InvalidRecordException
                || error instanceof SerializationException;
    }

    /** Takes refused events off the pending queue and parks them with their error, in the batch's transaction. */
    private static void park(Connection connection, Map<Long, String> refused) throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        try (PreparedStatement park = connection.prepareStatement(
                "WITH taken AS (DELETE FROM platform_outbox_pending WHERE position = ? RETURNING position)"
                        + " INSERT INTO platform_outbox_parked (position, error) SELECT position, ? FROM taken")) {
            for (Map.Entry<Long, String> event : refused.entrySet()) {
                park.setLong(1, event.getKey());
                park.setString(2, event.getValue());
                park.addBatch();
            }
            park.executeBatch();
        }
    }

    /**
     * One statement for the whole batch: it takes the events off the queue and appends them to the change feed. The
     * wide outbox row itself is never updated (see V5__insert_only_outbox_and_audit.sql for why).
     */
    private static void markSent(Connection connection, List<PendingEvent> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        // feed positions are drawn in position order (the inner ORDER BY), so the change feed keeps the outbox's order
        try (PreparedStatement mark = connection.prepareStatement(
                "WITH sent AS (DELETE FROM platform_outbox_pending"
                        + " WHERE position = ANY(?) RETURNING position)"
                        + " INSERT INTO platform_outbox_feed (feed_position, position)"
                        + " SELECT nextval('platform_outbox_feed_position'), position FROM (SELECT position FROM sent ORDER BY 1) ordered")) {
            mark.setArray(
                    1,
                    connection.createArrayOf(
                            "bigint", batch.stream().map(PendingEvent::position).toArray()));
            mark.executeUpdate();
        }
    }

    /**
     * Deletes sent events past their retention, in batches of {@code customs.outbox.cleanup-batch-size}, for at most
     * about a second a round so that publishing never waits long behind it. One instance at a time (an advisory
     * lock of its own); a failure is logged and tried again at the next interval, and is not taken for Kafka being
     * away. The highest feed position deleted is kept, in the same transaction, for the change feed's 410.
     */
    private void cleanUpWhenDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(config.cleanupInterval());
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        int total = 0;
        try {
            int deleted;
            do {
                deleted = deleteExpiredBatch();
                total += Math.max(deleted, 0);
                if (deleted == config.cleanupBatchSize() && System.nanoTime() > deadline) {
                    nextCleanup = now; // more to delete: go on after the next batch of events
                }
            } while (deleted == config.cleanupBatchSize() && System.nanoTime() < deadline);
            if (total > 0) {
                LOG.infof("Deleted %d sent outbox events older than %s", total, config.retention());
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Outbox retention cleanup failed (%s); it runs again in %s", e, config.cleanupInterval());
        }
    }

    /** One batch in one transaction; -1 when another instance is cleaning up. */
    private int deleteExpiredBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                    lock.setLong(1, CLEANUP_LOCK);
                    try (ResultSet row = lock.executeQuery()) {
                        if (!row.next() || !row.getBoolean(1)) {
                            connection.rollback();
                            return -1;
                        }
                    }
                }
                int deleted;
                try (PreparedStatement delete = connection.prepareStatement("WITH expired AS ("
                        + " DELETE FROM platform_outbox_feed WHERE feed_position IN (SELECT feed_position"
                        + " FROM platform_outbox_feed WHERE sent_at < now() - make_interval(secs => ?)"
                        + " ORDER BY feed_position LIMIT ?) RETURNING feed_position, position),"
                        + " events AS (DELETE FROM platform_outbox WHERE position IN (SELECT position FROM expired))"
                        + " UPDATE platform_outbox_retention SET highest_deleted_position ="
                        + " greatest(highest_deleted_position, (SELECT coalesce(max(feed_position), 0) FROM expired))"
                        + " RETURNING (SELECT count(*) FROM expired)")) {
                    delete.setDouble(1, config.retention().toSeconds());
                    delete.setInt(2, config.cleanupBatchSize());
                    try (ResultSet row = delete.executeQuery()) {
                        row.next();
                        deleted = row.getInt(1);
                    }
                }
                connection.commit();
                return deleted;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The gauges need no more than a reading a second; a busy relay loops far more often than that. */
    private void refreshBacklogWhenDue() throws SQLException {
        Instant now = Instant.now();
        if (now.isBefore(nextBacklogReading)) {
            return;
        }
        nextBacklogReading = now.plus(BACKLOG_READING_INTERVAL);
        backlog.refresh(dataSource);
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            bootstrapServers,
                            ProducerConfig.ACKS_CONFIG,
                            "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                            true,
                            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                            5,
                            ProducerConfig.LINGER_MS_CONFIG,
                            5,
                            ProducerConfig.MAX_BLOCK_MS_CONFIG,
                            config.sendTimeout().toMillis(),
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                            (int) Math.min(
                                    Integer.MAX_VALUE, config.sendTimeout().toMillis()),
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                            (int) Math.min(
                                    Integer.MAX_VALUE, config.sendTimeout().toMillis() + 5_000),
                            ProducerConfig.CLIENT_ID_CONFIG,
                            "outbox-relay"),
                    new StringSerializer(),
                    new ByteArraySerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private void refreshQuietly() {
        try {
            backlog.refresh(dataSource);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Cannot read the outbox backlog", e);
        }
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
