package vn.customs.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import vn.customs.platform.events.EventConsumer;

/**
 * Registers each consumer's dead-letter and retry counters ({@code customs_inbox_dead_letters_total}, {@code
 * customs_inbox_retries_total}) at 0 when the service starts. The inbox creates them on the first dead letter; until
 * then a dashboard and an alert ({@code increase(...) > 0}) would see no series at all, and could not tell "none yet"
 * from "not measured".
 */
@ApplicationScoped
public class ConsumerCounters {

    void registerAtZero(
            @Observes StartupEvent startup, @Any Instance<EventConsumer> consumers, MeterRegistry registry) {
        for (EventConsumer consumer : consumers) {
            registry.counter("customs.inbox.dead.letters", "consumer", consumer.name());
            registry.counter("customs.inbox.retries", "consumer", consumer.name());
        }
    }
}
