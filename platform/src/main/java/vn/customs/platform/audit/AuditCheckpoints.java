package vn.customs.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.customs.platform.events.TopicReading;

/**
 * Publishes the head of the audit chain (position, hash, key id, time) to {@code customs.<service>.audit-checkpoints.v1}
 * every {@code customs.audit.checkpoint-every} (30 s), so that a copy of it exists outside the database: whoever
 * deletes the chain's tail there cannot delete it from Kafka, and verification compares the chain with the last
 * checkpoint. Kafka away means a checkpoint is skipped, never a service stopped; the next one covers it.
 */
@ApplicationScoped
public class AuditCheckpoints {

    /** One published chain head. */
    public record Checkpoint(String service, long chainPosition, String hash, String keyId, Instant publishedAt) {}

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);

    private final EntityManager entityManager;
    private final AuditKeys keys;
    private final ObjectMapper json;
    private final String service;
    private final String topic;
    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    AuditCheckpoints(
            EntityManager entityManager,
            AuditKeys keys,
            ObjectMapper json,
            AuditConfig config,
            @ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.keys = keys;
        this.json = json;
        this.service = application.replaceFirst("-service$", "");
        this.topic = config.checkpointTopic().orElse("customs." + service + ".audit-checkpoints.v1");
        this.bootstrapServers = bootstrapServers;
    }

    @Scheduled(
            every = "${customs.audit.checkpoint-every:PT30S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishPeriodically() {
        try {
            publish();
        } catch (RuntimeException e) {
            LOG.warnf("No audit checkpoint this time (%s); the next one covers it", e.toString());
        }
    }

    /**
     * Publishes the current chain head and waits for Kafka's acknowledgement. Only a head whose seal verifies under
     * its key is published: a head rewritten in the database without the key is never copied out as the truth.
     */
    @Transactional
    public synchronized Checkpoint publish() {
        @SuppressWarnings("unchecked")
        List<Object[]> head = entityManager
                .createNativeQuery("SELECT " + AuditEntry.COLUMNS + " FROM platform_audit_seal JOIN"
                        + " platform_audit_entry USING (id) ORDER BY chain_position DESC LIMIT 1")
                .getResultList();
        // An empty chain is published too (position 0): it says that nothing was sealed yet, and it creates the topic.
        Checkpoint checkpoint = head.isEmpty()
                ? new Checkpoint(service, 0, AuditEntry.GENESIS, null, Instant.now())
                : verified(AuditEntry.of(head.get(0)));
        refuseToGoBack(checkpoint);
        try {
            producer()
                    .send(new ProducerRecord<>(topic, service, json.writeValueAsString(checkpoint)))
                    .get(10, TimeUnit.SECONDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            closeProducer();
            throw new IllegalStateException("Kafka did not take the audit checkpoint", e);
        }
        return checkpoint;
    }

    /**
     * A checkpoint never names less than the last one did: a tail cut from the chain (its seals still verify) would
     * otherwise be made good by the next periodic checkpoint, and the evidence on the topic, the last checkpoint, would
     * be gone. Refused instead, so the last checkpoint keeps naming the removed end until the chain is restored.
     */
    private void refuseToGoBack(Checkpoint next) {
        latest().ifPresent(last -> {
            boolean shorter = next.chainPosition() < last.chainPosition();
            boolean rewritten =
                    next.chainPosition() == last.chainPosition() && !next.hash().equals(last.hash());
            if (shorter || rewritten) {
                throw new IllegalStateException("the chain head at position " + next.chainPosition()
                        + (shorter ? " is below" : " differs from") + " the last checkpoint, at position "
                        + last.chainPosition() + ": entries were removed or rewritten; no checkpoint published;"
                        + " verify the audit trail");
            }
        });
    }

    private Checkpoint verified(AuditEntry head) {
        boolean holds = keys.mac(head.keyId(), AuditEntry.canonical(head.previousHash(), head.chainPosition(), head))
                .filter(head.hash()::equals)
                .isPresent();
        if (!holds) {
            throw new IllegalStateException("the chain head at position " + head.chainPosition()
                    + " does not verify under its key: no checkpoint published; verify the audit trail");
        }
        return new Checkpoint(service, head.chainPosition(), head.hash(), head.keyId(), Instant.now());
    }

    /** The furthest checkpoint this service published, read back from Kafka (the newest record of each partition). */
    public Optional<Checkpoint> latest() {
        return TopicReading.readLast(bootstrapServers, topic).stream()
                .filter(record -> service.equals(record.key()))
                .map(record -> read(record.value()))
                .flatMap(Optional::stream)
                .max(Comparator.comparingLong(Checkpoint::chainPosition));
    }

    private Optional<Checkpoint> read(String value) {
        try {
            return Optional.of(json.readValue(value, Checkpoint.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("An audit checkpoint on %s cannot be read: %s", topic, e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            bootstrapServers,
                            ProducerConfig.ACKS_CONFIG,
                            "all",
                            ProducerConfig.MAX_BLOCK_MS_CONFIG,
                            10_000,
                            ProducerConfig.CLIENT_ID_CONFIG,
                            "audit-checkpoints"),
                    new StringSerializer(),
                    new StringSerializer());
        }
        return producer;
    }

    synchronized void stop(@Observes ShutdownEvent shutdown) {
        closeProducer();
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
            producer = null;
        }
    }
}
