package vn.customs.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.persistence.DatabaseFailures;

/**
 * Feeds a consumer the events its dead-letter topic holds, after the fix that lets them apply: the topic is read
 * from its start to where it ended when the replay began, and each event goes through the inbox, so an event
 * applied before (by an earlier replay) is skipped. Events that still fail stay on the topic for the next replay.
 */
@ApplicationScoped
public class DeadLetterReplay {

    /** The failures a replay lists one by one; more are only counted. */
    static final int LISTED_FAILURES = 100;

    /** What one replay did. */
    public record Result(
            @Schema(maxLength = 100) String consumer,
            @Schema(maxLength = Bounds.TOPIC_MAX_LENGTH) String deadLetterTopic,

            @Schema(format = "int32", minimum = "0", maximum = Bounds.INT32_MAX)
            int deadLetters,

            @Schema(format = "int32", minimum = "0", maximum = Bounds.INT32_MAX)
            int applied,

            @Schema(format = "int32", minimum = "0", maximum = Bounds.INT32_MAX)
            int alreadyApplied,

            @Schema(format = "int32", minimum = "0", maximum = Bounds.INT32_MAX)
            int notThisConsumersType,

            @Schema(format = "int32", minimum = "0", maximum = Bounds.INT32_MAX)
            int failed,

            @Schema(maxItems = LISTED_FAILURES) List<Failure> failures) {}

    /** A dead letter that still could not be applied. */
    public record Failure(
            @Schema(maxLength = Bounds.EVENT_ATTRIBUTE_MAX_LENGTH)
            String eventId,

            @Schema(maxLength = Bounds.EVENT_ATTRIBUTE_MAX_LENGTH)
            String eventType,

            @Schema(format = "int32", minimum = "0", maximum = Bounds.INT32_MAX)
            int partition,

            @Schema(format = "int64", minimum = "0", maximum = Bounds.INT64_MAX)
            long offset,

            @Schema(maxLength = Bounds.REASON_MAX_LENGTH) String reason) {}

    /** A consumer of this service and where its dead letters go. */
    public record ConsumerInfo(
            @Schema(maxLength = 100) String name,
            @Schema(maxLength = 100) String channel,
            @Schema(maxLength = Bounds.TOPIC_MAX_LENGTH) String topic,
            @Schema(maxLength = Bounds.TOPIC_MAX_LENGTH) String deadLetterTopic) {}

    private final Instance<EventConsumer> consumers;
    private final Inbox inbox;
    private final Config config;

    DeadLetterReplay(@Any Instance<EventConsumer> consumers, Inbox inbox, Config config) {
        this.consumers = consumers;
        this.inbox = inbox;
        this.config = config;
    }

    public List<ConsumerInfo> consumers() {
        return consumers.stream()
                .map(consumer -> new ConsumerInfo(
                        consumer.name(),
                        consumer.channel(),
                        channelSetting(consumer, "topic").orElse(consumer.channel()),
                        deadLetterTopic(consumer)))
                .sorted(Comparator.comparing(ConsumerInfo::name))
                .collect(Collectors.toList());
    }

    public Optional<EventConsumer> consumer(String name) {
        return consumers.stream()
                .filter(consumer -> consumer.name().equals(name))
                .findFirst();
    }

    public Result replay(EventConsumer consumer) {
        String topic = deadLetterTopic(consumer);
        int total = 0;
        int applied = 0;
        int already = 0;
        int other = 0;
        int failed = 0;
        List<Failure> failures = new ArrayList<>();
        for (ConsumerRecord<String, String> record : readAll(topic)) {
            total++;
            IncomingEvent event = null;
            try {
                event = IncomingEvent.from(record);
                switch (inbox.replay(consumer, event)) {
                    case APPLIED:
                        applied++;
                        break;
                    case ALREADY_APPLIED:
                        already++;
                        break;
                    case NOT_THIS_CONSUMERS_TYPE:
                        other++;
                        break;
                }
            } catch (RuntimeException e) {
                failed++;
                if (failures.size() < LISTED_FAILURES) {
                    failures.add(new Failure(
                            event == null ? null : Bounds.cut(event.id(), Bounds.EVENT_ATTRIBUTE_MAX_LENGTH),
                            event == null ? null : Bounds.cut(event.type(), Bounds.EVENT_ATTRIBUTE_MAX_LENGTH),
                            record.partition(),
                            record.offset(),
                            Bounds.cut(DatabaseFailures.describe(e), Bounds.REASON_MAX_LENGTH)));
                }
            }
        }
        return new Result(consumer.name(), topic, total, applied, already, other, failed, failures);
    }

    String deadLetterTopic(EventConsumer consumer) {
        // The messaging connector's own default when a channel names no dead-letter topic.
        return channelSetting(consumer, "dead-letter-queue.topic").orElse("dead-letter-topic-" + consumer.channel());
    }

    private Optional<String> channelSetting(EventConsumer consumer, String key) {
        return config.getOptionalValue("mp.messaging.incoming." + consumer.channel() + "." + key, String.class);
    }

    private List<ConsumerRecord<String, String>> readAll(String topic) {
        return TopicReading.readAll(config.getValue("kafka.bootstrap.servers", String.class), topic);
    }
}
