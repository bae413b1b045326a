package vn.customs.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run's broker keeps what it was given across a restart on the same directory. */
class EmbeddedKafkaBrokerTest {

    @Test
    void aBrokerRestartedOnItsDirectoryStillHasTheRecordsWrittenBefore(@TempDir Path logDir) throws Exception {
        int port = FreePorts.find();
        int controllerPort = FreePorts.find();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logDir, port, controllerPort);
                KafkaProducer<String, String> producer = new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                broker.bootstrapServers(),
                                ProducerConfig.ACKS_CONFIG,
                                "all"),
                        new StringSerializer(),
                        new StringSerializer())) {
            producer.send(new ProducerRecord<>("customs.test.v1", "HUU_NGHI", "declaration lodged"))
                    .get();
        }

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logDir, port, controllerPort);
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                                ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        new StringDeserializer(),
                        new StringDeserializer())) {
            consumer.subscribe(List.of("customs.test.v1"));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
            assertEquals(1, received.size());
            assertEquals("HUU_NGHI", received.get(0).key());
            assertEquals("declaration lodged", received.get(0).value());
        }
    }
}
