package vn.customs.inspections.infrastructure.draw;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.EventDescriptor;
import vn.customs.contracts.declarations.ChannelOverridden;
import vn.customs.contracts.declarations.CharterBreached;
import vn.customs.inspections.domain.draw.RiskSignal;
import vn.customs.platform.domain.TaxId;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/**
 * The declarations' signals for the draw: charter breaches and channel overrides per gate, and overrides per gate and
 * enterprise (the largest is the gate's override concentration).
 */
@ApplicationScoped
public class DeclarationSignalsProjection extends EventConsumer {

    static final String CONSUMER = "inspections.draw-declarations";
    static final String CHANNEL = "draw-declarations";

    private static final String BREACHED =
            EventDescriptor.of(CharterBreached.class).type();
    private static final String OVERRIDDEN =
            EventDescriptor.of(ChannelOverridden.class).type();

    private final EntityManager entityManager;
    private final SignalCounters counters;

    DeclarationSignalsProjection(Inbox inbox, EntityManager entityManager, SignalCounters counters) {
        super(inbox, CONSUMER, CHANNEL, CharterBreached.class, ChannelOverridden.class);
        this.entityManager = entityManager;
        this.counters = counters;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        if (event.type().equals(BREACHED)) {
            CharterBreached breached = event.payloadAs(CharterBreached.class);
            counters.add(breached.gateCode(), RiskSignal.CHARTER_BREACH, breached.occurredAt());
        } else if (event.type().equals(OVERRIDDEN)) {
            ChannelOverridden overridden = event.payloadAs(ChannelOverridden.class);
            if (!TaxId.valid(overridden.declarantTaxId())) {
                throw new EventRejectedException(
                        "override of declaration " + overridden.declarationId() + " names no valid declarant tax id");
            }
            counters.add(overridden.gateCode(), RiskSignal.CHANNEL_OVERRIDE, overridden.occurredAt());
            entityManager
                    .createNativeQuery("INSERT INTO draw_gate_overrides (gate_code, declarant_tax_id, count, last_at)"
                            + " VALUES (?1, ?2, 1, ?3) ON CONFLICT (gate_code, declarant_tax_id)"
                            + " DO UPDATE SET count = draw_gate_overrides.count + 1,"
                            + " last_at = GREATEST(draw_gate_overrides.last_at, EXCLUDED.last_at)")
                    .setParameter(1, overridden.gateCode())
                    .setParameter(2, overridden.declarantTaxId())
                    .setParameter(3, counters.when(overridden.occurredAt()))
                    .executeUpdate();
        }
    }
}
