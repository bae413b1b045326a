package vn.customs.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The {@code DeclarationSubmitted} events of one gate on {@code customs.declarations.v1}: counted per declaration id
 * from the topic's beginning ({@link #countsAt}), and watched as they arrive ({@link #watch}), so that a story can
 * tell when the last of a set of declarations reached the topic. The watch reads without a consumer group (the
 * services' offsets are left alone) from the topic's end when it starts, and rides out a broker outage as any
 * client does, reconnecting by itself.
 */
final class SubmittedEvents implements AutoCloseable {

    static final String TOPIC = "customs.declarations.v1";
    private static final String TYPE = "customs.declarations.DeclarationSubmitted.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gate;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Long> firstSeenNanos = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean watching = true;

    private SubmittedEvents(String bootstrapServers, String gate) {
        this.gate = gate;
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        // reconnect within a second once the broker is back, not after the default's growing pauses
                        ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                        1000),
                new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start before anything is lodged
        this.thread = new Thread(this::poll, "submitted-events-watch");
        thread.setDaemon(true);
    }

    /** Starts watching the gate's submissions that reach the topic from now on. */
    static SubmittedEvents watch(String bootstrapServers, String gate) {
        SubmittedEvents watch = new SubmittedEvents(bootstrapServers, gate);
        watch.thread.start();
        return watch;
    }

    private void poll() {
        try {
            while (watching) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (isSubmissionAtGate(record, gate)) {
                        firstSeenNanos.putIfAbsent(record.key(), System.nanoTime());
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() ends the watch
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * When the last of {@code ids} was first seen on the topic ({@link System#nanoTime}), or null while one is
     * missing.
     */
    Long lastArrivalNanos(Set<String> ids) {
        long last = Long.MIN_VALUE;
        for (String id : ids) {
            Long seen = firstSeenNanos.get(id);
            if (seen == null) {
                return null;
            }
            last = Math.max(last, seen);
        }
        return last;
    }

    /** How many of the gate's submissions reached the topic since the watch began. */
    int seen() {
        return firstSeenNanos.size();
    }

    @Override
    public void close() {
        watching = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The gate's {@code DeclarationSubmitted} events on the whole topic, read from offset 0, counted per key. */
    static Map<String, Long> countsAt(String bootstrapServers, String gate) {
        Map<String, Long> counts = new TreeMap<>();
        for (ConsumerRecord<String, String> record : Topics.readAll(bootstrapServers, TOPIC)) {
            if (isSubmissionAtGate(record, gate)) {
                counts.merge(record.key(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static boolean isSubmissionAtGate(ConsumerRecord<String, String> record, String gate) {
        if (!TYPE.equals(Topics.header(record, "ce_type"))) {
            return false;
        }
        try {
            JsonNode data = JSON.readTree(record.value());
            return gate.equals(data.path("gateCode").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
