package vn.customs.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.customs.contracts.CloudEventHeaders;

/**
 * Puts records on a topic as another service would (CloudEvents headers, JSON payload), or sends a record read
 * earlier once more (a redelivery), and waits until the broker has them.
 */
public final class TopicWriter {

    private TopicWriter() {}

    /** Sends one event with its own {@code ce_id}; returns that id. */
    public static String send(String bootstrapServers, String topic, String key, String ceType, String payload) {
        String eventId = UUID.randomUUID().toString();
        send(bootstrapServers, topic, key, eventId, ceType, payload);
        return eventId;
    }

    /** Sends one event with the given {@code ce_id} (send it twice to test deduplication). */
    public static void send(
            String bootstrapServers, String topic, String key, String eventId, String ceType, String payload) {
        write(bootstrapServers, List.of(record(topic, key, eventId, ceType, payload)));
    }

    private static ProducerRecord<String, String> record(
            String topic, String key, String eventId, String ceType, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /**
     * Sends events in one go, in order: {@code events} holds {@code [eventId, ceType, payload]} triples. They reach
     * the broker together, so that a consumer is likely to get several of them in one poll.
     */
    public static void sendAll(String bootstrapServers, String topic, String key, List<String[]> events) {
        write(
                bootstrapServers,
                events.stream()
                        .map(event -> record(topic, key, event[0], event[1], event[2]))
                        .toList());
    }

    /** Sends a record read from a topic again, headers and all: what a consumer sees after a redelivery. */
    public static void resend(String bootstrapServers, ConsumerRecord<String, String> read) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(read.topic(), read.key(), read.value());
        read.headers().forEach(header -> copy.headers().add(header));
        write(bootstrapServers, List.of(copy));
    }

    private static void write(String bootstrapServers, List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (ProducerRecord<String, String> record : records) {
                sent.add(producer.send(record));
            }
            for (Future<?> acknowledged : sent) {
                acknowledged.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write to " + records.get(0).topic(), e);
        }
    }
}
