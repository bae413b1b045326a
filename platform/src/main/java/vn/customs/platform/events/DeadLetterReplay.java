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
            String consumer,
            String deadLetterTopic,
            int deadLetters,
            int applied,
            int alreadyApplied,
            int notThisConsumersType,
            int failed,
            List<Failure> failures) {}

    /** A dead letter that still could not be applied. */
    public record Failure(String eventId, String eventType, int partition, long offset, String reason) {}

    /** A consumer of this service and where its dead letters go. */
    public record ConsumerInfo(String name, String channel, String topic, String deadLetterTopic) {}

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
                            event == null ? null : event.id(),
                            event == null ? null : event.type(),
                            record.partition(),
                            record.offset(),
                            DatabaseFailures.describe(e)));
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
