package vn.customs.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import vn.customs.contracts.CloudEventHeaders;

/**
 * Which events of a batch Kafka holds already. A batch whose database transaction was lost after Kafka had taken
 * some of its records (the database restarted, the connection broke, Kafka acknowledged late) stays pending; sent
 * again as a whole, those records would be on the topic twice. Before such a batch is sent again, the relay reads
 * the tail of each partition of its topics and leaves out the events found there (by CloudEvents id).
 *
 * <p>The tail is enough: only this service's relay writes its topics, one batch at a time (the advisory lock), and
 * a batch sends only what is not on the topic yet, so the records taken from pending events are among the last
 * {@code batch size} of each partition; {@code lookback} per partition leaves a margin.
 */
final class DeliveredEvents {

    private DeliveredEvents() {}

    /** The ids of the batch's events found in the last {@code lookback} records of their topics' partitions. */
    static Set<UUID> among(String bootstrapServers, List<PendingEvent> batch, int lookback, Duration timeout) {
        Set<String> wanted =
                batch.stream().map(event -> event.eventId().toString()).collect(Collectors.toSet());
        Set<UUID> found = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "outbox-relay-recovery",
                        ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        (int) timeout.toMillis()),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            for (String topic :
                    batch.stream().map(PendingEvent::topic).distinct().toList()) {
                read(consumer, topic, lookback, timeout, wanted, found);
            }
        }
        return found;
    }

    private static void read(
            KafkaConsumer<byte[], byte[]> consumer,
            String topic,
            int lookback,
            Duration timeout,
            Set<String> wanted,
            Set<UUID> found) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, timeout);
        for (TopicPartition partition : partitions) {
            consumer.seek(partition, Math.max(beginnings.get(partition), ends.get(partition) - lookback));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition))) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Could not read the tail of " + topic + " within " + timeout);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                Header id = record.headers().lastHeader(CloudEventHeaders.ID);
                if (id != null) {
                    String value = new String(id.value(), StandardCharsets.UTF_8);
                    if (wanted.contains(value)) {
                        found.add(UUID.fromString(value));
                    }
                }
            }
        }
    }
}
