package vn.customs.platform.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A test consumer: counts the shipment steps it applied, through the inbox. Step 1 opens a shipment; a later step
 * of a shipment it never opened is refused (the update would change no row); a negative step is poison.
 */
@ApplicationScoped
public class ShipmentProjection extends EventConsumer {

    static final String CONSUMER = "platformtest.shipments";
    static final String TYPE = "customs.platformtest.ShipmentStepRecorded.v1";

    private final EntityManager entityManager;

    ShipmentProjection(Inbox inbox, EntityManager entityManager) {
        super(inbox, CONSUMER, "inbox-test-in", ShipmentStepRecorded.class);
        this.entityManager = entityManager;
    }

    @Incoming("inbox-test-in")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        ShipmentStepRecorded step = event.payloadAs(ShipmentStepRecorded.class);
        if (step.step() < 0) {
            throw new IllegalArgumentException("negative step " + step.step());
        }
        // A test that locks the projection's table sees the lock time out fast: a transient failure.
        entityManager.createNativeQuery("SET LOCAL lock_timeout = '300ms'").executeUpdate();
        if (step.step() == 1) {
            entityManager
                    .createNativeQuery("INSERT INTO test_shipment_projection (shipment_id, applied, last_step)"
                            + " VALUES (?1, 1, 1) ON CONFLICT (shipment_id)"
                            + " DO UPDATE SET applied = test_shipment_projection.applied + 1, last_step = 1")
                    .setParameter(1, step.shipmentId())
                    .executeUpdate();
            return;
        }
        int updated = entityManager
                .createNativeQuery("UPDATE test_shipment_projection SET applied = applied + 1, last_step = ?2"
                        + " WHERE shipment_id = ?1")
                .setParameter(1, step.shipmentId())
                .setParameter(2, step.step())
                .executeUpdate();
        if (updated == 0) {
            throw new EventRejectedException("shipment " + step.shipmentId() + " is unknown here");
        }
    }
}
