package vn.customs.platform.events;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.platform.observability.TraceParent;

/** An outbox row on its way to Kafka, and the CloudEvents binary-mode record it becomes. */
record PendingEvent(
        long position,
        UUID eventId,
        String topic,
        String recordKey,
        String eventType,
        String source,
        String subject,
        Instant occurredAt,
        String correlationId,
        String payload,
        String traceParent) {

    static final String COLUMNS =
            "position, event_id, topic, record_key, event_type, source, subject, occurred_at, correlation_id, payload,"
                    + " trace_parent";

    static PendingEvent read(ResultSet row) throws SQLException {
        return new PendingEvent(
                row.getLong("position"),
                row.getObject("event_id", UUID.class),
                row.getString("topic"),
                row.getString("record_key"),
                row.getString("event_type"),
                row.getString("source"),
                row.getString("subject"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("correlation_id"),
                row.getString("payload"),
                row.getString("trace_parent"));
    }

    ProducerRecord<String, byte[]> toRecord() {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, eventId.toString());
        header(headers, CloudEventHeaders.TYPE, eventType);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(occurredAt));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (subject != null) {
            header(headers, CloudEventHeaders.SUBJECT, subject);
        }
        if (correlationId != null) {
            header(headers, CloudEventHeaders.CORRELATION_ID, correlationId);
        }
        if (traceParent != null) {
            // W3C Trace Context: the consumer's Kafka instrumentation continues the trace of the request
            header(headers, TraceParent.HEADER, traceParent);
        }
        return new ProducerRecord<>(topic, null, recordKey, payload.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
