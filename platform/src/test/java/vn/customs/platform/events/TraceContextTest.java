package vn.customs.platform.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.Topics;
import vn.customs.platform.observability.TraceParent;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TopicReader;

/**
 * An event carries the trace of the span that recorded it in its record's {@code traceparent} header, although the
 * relay publishes it later on its own thread; without a span (tracing off) the record has no such header.
 */
@QuarkusTest
class TraceContextTest {

    private static final String TOPIC = Topics.of("platformtest");

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theRecordContinuesTheTraceOfTheSpanThatRecordedTheEvent() {
        String traced =
                "trc-" + TestRun.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String untraced =
                "trc-" + TestRun.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
        SpanContext request = SpanContext.create(
                "0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331",
                TraceFlags.getSampled(),
                TraceState.getDefault());
        try (Scope scope = Span.wrap(request).makeCurrent()) {
            record(traced);
        }
        record(untraced);

        Map<String, ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> TopicReader.readAll(bootstrapServers, TOPIC).stream()
                                .filter(record -> record.key().equals(traced)
                                        || record.key().equals(untraced))
                                .collect(Collectors.toMap(ConsumerRecord::key, record -> record, (a, b) -> a)),
                        found -> found.size() == 2);
        assertThat(header(records.get(traced)), equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        assertThat(header(records.get(untraced)), nullValue());
    }

    private void record(String shipment) {
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish(new ShipmentStepRecorded(shipment, 1, Instant.now())));
    }

    private static String header(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader(TraceParent.HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
