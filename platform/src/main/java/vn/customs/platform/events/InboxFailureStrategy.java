package vn.customs.platform.events;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every incoming channel ({@code failure-strategy=customs-inbox}, set once for the Kafka
 * connector): only a {@link PoisonEventException} (a deterministic failure the inbox decided on) sends the record
 * to the channel's dead-letter topic, with the reason and the original headers, and the channel goes on. Anything
 * else, a stopping service in particular, stops the channel without committing the record's offset, so that the
 * record is delivered again instead of being lost.
 */
@ApplicationScoped
@Identifier(InboxFailureStrategy.NAME)
public class InboxFailureStrategy implements KafkaFailureHandler.Factory {

    public static final String NAME = "customs-inbox";

    private final Instance<KafkaFailureHandler.Factory> strategies;

    InboxFailureStrategy(@Any Instance<KafkaFailureHandler.Factory> strategies) {
        this.strategies = strategies;
    }

    @Override
    public KafkaFailureHandler create(
            KafkaConnectorIncomingConfiguration config,
            Vertx vertx,
            KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetters = strategy("dead-letter-queue").create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler stop = strategy("fail").create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                PoisonEventException poison = poison(reason);
                return poison != null
                        ? deadLetters.handle(record, poison, metadata)
                        : stop.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetters.terminate();
                stop.terminate();
            }
        };
    }

    private KafkaFailureHandler.Factory strategy(String name) {
        return strategies.select(Identifier.Literal.of(name)).get();
    }

    private static PoisonEventException poison(Throwable reason) {
        for (Throwable current = reason; current != null; current = current.getCause()) {
            if (current instanceof PoisonEventException) {
                return (PoisonEventException) current;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
