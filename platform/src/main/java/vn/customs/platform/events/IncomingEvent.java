package vn.customs.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.customs.contracts.CloudEventHeaders;

/**
 * A CloudEvent as a consumer receives it from Kafka (binary mode): its attributes from the record headers, its
 * JSON data from the value. Payloads are read as a tolerant reader: fields the consumer does not know are ignored.
 */
public record IncomingEvent(
        String id,
        String type,
        String source,
        String subject,
        String correlationId,
        String key,
        String payload,
        String topic,
        int partition,
        long offset) {

    private static final ObjectMapper TOLERANT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Reads the envelope of a record; a record without {@code ce_id} is refused (it cannot be deduplicated). */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID)
                .orElseThrow(() -> new IllegalArgumentException("Record " + record.topic() + "/" + record.partition()
                        + "@" + record.offset() + " has no " + CloudEventHeaders.ID + " header"));
        return new IncomingEvent(
                id,
                header(record, CloudEventHeaders.TYPE).orElse(null),
                header(record, CloudEventHeaders.SOURCE).orElse(null),
                header(record, CloudEventHeaders.SUBJECT).orElse(null),
                header(record, CloudEventHeaders.CORRELATION_ID).orElse(null),
                record.key(),
                record.value(),
                record.topic(),
                record.partition(),
                record.offset());
    }

    /** The data as the given contract record, ignoring fields this consumer does not know. */
    public <T> T payloadAs(Class<T> type) {
        try {
            return TOLERANT.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event " + id + " (" + this.type + ") is not a valid " + type.getSimpleName() + ": "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
