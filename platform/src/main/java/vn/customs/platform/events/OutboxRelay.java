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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, in position order, and moves them from the pending queue to the change
 * feed.
 *
 * <p>Safe with several instances of a service: each batch runs in one database transaction that first takes a
 * transaction-scoped advisory lock, so one relay publishes at a time and per-aggregate order holds across
 * instances (with {@code SKIP LOCKED} alone, two relays could publish one aggregate's events out of order).
 * The producer is idempotent with {@code acks=all}. A batch that Kafka does not acknowledge in time is rolled
 * back and retried after a pause that doubles while Kafka stays away; nothing is lost, and a record Kafka
 * took before the failure may arrive twice, which consumers' inboxes absorb (at-least-once delivery).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock key every relay of a database agrees on ("outbox" in ASCII). */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

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
                if (!batch.isEmpty()) {
                    send(batch);
                    markSent(connection, batch);
                }
                connection.commit();
                return batch.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
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

    private void send(List<PendingEvent> batch) throws Exception {
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
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    /**
     * One statement for the whole batch: it takes the events off the queue and appends them to the change feed. The
     * wide outbox row itself is never updated (see V5__insert_only_outbox_and_audit.sql for why).
     */
    private static void markSent(Connection connection, List<PendingEvent> batch) throws SQLException {
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

    private void cleanUpWhenDue() throws SQLException {
        Instant now = Instant.now();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(config.cleanupInterval());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("WITH expired AS (DELETE FROM platform_outbox_feed"
                                + " WHERE sent_at < now() - make_interval(secs => ?) RETURNING position)"
                                + " DELETE FROM platform_outbox WHERE position IN (SELECT position FROM expired)")) {
            delete.setDouble(1, config.retention().toSeconds());
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Deleted %d sent outbox events older than %s", deleted, config.retention());
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
