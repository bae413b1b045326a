package vn.customs.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay behaves; {@code customs.outbox.*}. */
@ConfigMapping(prefix = "customs.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay at all. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Events published per database transaction. */
    @WithDefault("500")
    int batchSize();

    /**
     * How long an idle relay waits before looking again. A commit in this instance wakes it at once; the
     * interval only bounds the delay for rows committed by another instance.
     */
    @WithDefault("PT1S")
    Duration idlePoll();

    /**
     * How long the relay waits after being woken before it reads the outbox, to gather the events of the commits
     * that follow into the same batch. Adds at most this much to an event's delivery time.
     */
    @WithDefault("PT0.01S")
    Duration linger();

    /** The longest pause between attempts while Kafka is away (the pause doubles from 200 ms up to this). */
    @WithDefault("PT10S")
    Duration maxBackoff();

    /** How long a send may wait for Kafka before the batch is given up and retried. */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /** How long sent events are kept (they serve the change feed), then deleted. */
    @WithDefault("P30D")
    Duration retention();

    /** How often sent events past their retention are deleted. */
    @WithDefault("PT10M")
    Duration cleanupInterval();

    /** Sent events deleted per retention transaction (a round deletes batches for at most about a second). */
    @WithDefault("5000")
    int cleanupBatchSize();

    /**
     * Readiness turns DOWN when the oldest event still waiting for Kafka is older than this: a backlog that grows
     * past it means the service's events are not reaching anyone.
     */
    @WithDefault("PT15M")
    Duration pendingDownAfter();

    /** Readiness turns DOWN when an event has been parked (refused by Kafka for good) for longer than this. */
    @WithDefault("PT1H")
    Duration parkedDownAfter();
}
