package vn.customs.platform.events;

import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import vn.customs.contracts.Event;
import vn.customs.contracts.EventDescriptor;

/**
 * A consumer of another service's events: a projection or a use case fed through the {@link Inbox}. A subclass is
 * an {@code @ApplicationScoped} bean that names itself, its channel and the event types it applies in its
 * constructor, hands each poll of its {@code @Incoming @Blocking} method ({@code KafkaRecordBatch<String, String>}) to
 * {@link #receive}, and implements
 * {@link #apply}. The inbox calls {@code apply} at most once per event; {@code POST
 * /api/v1/consumers/{name}/dead-letter-replays} hands it the events of its dead-letter topic again after a fix.
 */
public abstract class EventConsumer {

    private final Inbox inbox;
    private final String name;
    private final String channel;
    private final Set<String> types;

    /**
     * @param name its name in the inbox, {@code <service>.<what it keeps>}: events are deduplicated per name
     * @param channel the {@code @Incoming} channel its records arrive on; that channel's configuration names the
     *     dead-letter topic
     * @param types the events it applies. Other types on the topic are not its business and are skipped, but a
     *     version of one of these that it does not know (a {@code .v2}) is refused to the dead-letter topic rather
     *     than skipped, so that no event is silently lost to a schema change.
     */
    @SafeVarargs
    protected EventConsumer(Inbox inbox, String name, String channel, Class<? extends Event>... types) {
        this.inbox = inbox;
        this.name = name;
        this.channel = channel;
        this.types = Arrays.stream(types)
                .map(type -> EventDescriptor.of(type).type())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** For the CDI client proxy only. */
    protected EventConsumer() {
        this(null, null, null);
    }

    public String name() {
        return name;
    }

    public String channel() {
        return channel;
    }

    /** The CloudEvents types it applies ({@code customs.staffing.PostingEnded.v1}). */
    public Set<String> types() {
        return types;
    }

    /** Applies the poll's events through the inbox and acknowledges the poll: see {@link Inbox}. */
    protected CompletionStage<Void> receive(KafkaRecordBatch<String, String> batch) {
        return inbox.receive(this, batch);
    }

    /**
     * Applies one event of one of its types inside the inbox's transaction. Throw {@link EventRejectedException}
     * when the event breaks a rule (it names an unknown object, an update would change no row); a failure of the
     * database that passes by itself is retried until it passes.
     */
    public abstract void apply(IncomingEvent event);
}
