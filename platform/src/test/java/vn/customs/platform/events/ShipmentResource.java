package vn.customs.platform.events;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** A test-only use case: a state change (a row) and its event, in one transaction. */
@Path("/api/v1/test-shipments")
@jakarta.annotation.security.PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    public record StepRequest(String shipmentId, int step) {}

    private final EntityManager entityManager;
    private final Outbox outbox;

    ShipmentResource(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    public Response recordStep(StepRequest request) {
        entityManager
                .createNativeQuery("INSERT INTO test_shipment_step (shipment_id, step) VALUES (?1, ?2)")
                .setParameter(1, request.shipmentId())
                .setParameter(2, request.step())
                .executeUpdate();
        outbox.publish(new ShipmentStepRecorded(request.shipmentId(), request.step(), Instant.now()));
        return Response.status(201).entity(request).build();
    }
}
