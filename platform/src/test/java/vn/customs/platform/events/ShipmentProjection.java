package vn.customs.platform.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A test consumer: counts the shipment steps it applied, through the inbox; a negative step is poison. */
@ApplicationScoped
public class ShipmentProjection {

    static final String CONSUMER = "platformtest.shipments";

    private final Inbox inbox;
    private final EntityManager entityManager;

    ShipmentProjection(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("inbox-test-in")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> apply(event.payloadAs(ShipmentStepRecorded.class)));
    }

    private void apply(ShipmentStepRecorded step) {
        if (step.step() < 0) {
            throw new IllegalArgumentException("negative step " + step.step());
        }
        entityManager
                .createNativeQuery("INSERT INTO test_shipment_projection (shipment_id, applied, last_step)"
                        + " VALUES (?1, 1, ?2) ON CONFLICT (shipment_id)"
                        + " DO UPDATE SET applied = test_shipment_projection.applied + 1, last_step = ?2")
                .setParameter(1, step.shipmentId())
                .setParameter(2, step.step())
                .executeUpdate();
    }
}
