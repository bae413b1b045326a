package vn.customs.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic as it is now, without a consumer group: every partition from its start to the end it had when
 * reading began. For the few places the platform reads a topic outside a channel (a dead-letter replay, the audit
 * checkpoints); a topic that does not exist reads as empty.
 */
public final class TopicReading {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A topic that does not exist (yet) answers as empty within this; a missing topic is no reason to wait long. */
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(5);

    private TopicReading() {}

    public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic) {
        return read(bootstrapServers, topic, false);
    }

    /**
     * The last record of each partition: for a topic whose newest record says all (a chain head checkpoint), read in
     * constant time however long the topic has grown.
     */
    public static List<ConsumerRecord<String, String>> readLast(String bootstrapServers, String topic) {
        return read(bootstrapServers, topic, true);
    }

    private static List<ConsumerRecord<String, String>> read(String bootstrapServers, String topic, boolean lastOnly) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                500,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) TIMEOUT.toMillis());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> reader =
                new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(topic, METADATA_TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .collect(Collectors.toList());
            if (partitions.isEmpty()) {
                return records;
            }
            reader.assign(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions, TIMEOUT);
            if (lastOnly) {
                ends.forEach((partition, end) -> reader.seek(partition, Math.max(0, end - 1)));
            } else {
                reader.seekToBeginning(partitions);
            }
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!allRead(reader, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topic " + topic + " could not be read to its end");
                }
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    private static boolean allRead(KafkaConsumer<String, String> reader, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> reader.position(end.getKey()) >= end.getValue());
    }
}
