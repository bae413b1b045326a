package vn.customs.platform.http;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.customs.platform.security.Caller;

/** A test-only creating endpoint that honours Idempotency-Key; it can be held mid-request to test concurrency. */
@Path("/api/v1/test-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    public record NewOrder(String goods, boolean hold, boolean unstorable) {}

    public record Order(UUID id, String goods) {}

    /** An answer that cannot be written as JSON: storing it under its Idempotency-Key fails with a checked exception. */
    public record UnstorableOrder(UUID id) {
        @Override
        public UUID id() {
            throw new IllegalStateException("this answer cannot be written");
        }
    }

    /** Set by a test to hold a request with {@code hold: true} inside its transaction. */
    static volatile CountDownLatch entered = new CountDownLatch(0);

    static volatile CountDownLatch release = new CountDownLatch(0);

    /** The use case, and the one transaction boundary; with a key it joins the interceptor's transaction. */
    @ApplicationScoped
    static class PlaceOrder {

        private final EntityManager entityManager;
        private final Caller caller;

        PlaceOrder(EntityManager entityManager, Caller caller) {
            this.entityManager = entityManager;
            this.caller = caller;
        }

        @Transactional
        UUID place(NewOrder order) {
            UUID id = UUID.randomUUID();
            entityManager
                    .createNativeQuery("INSERT INTO test_order (id, owner, goods) VALUES (?1, ?2, ?3)")
                    .setParameter(1, id)
                    .setParameter(2, caller.subject())
                    .setParameter(3, order.goods())
                    .executeUpdate();
            return id;
        }
    }

    private final PlaceOrder placeOrder;

    OrderResource(PlaceOrder placeOrder) {
        this.placeOrder = placeOrder;
    }

    /** No {@code @Transactional} here, as in the services' resources: the stored key must still commit with the order. */
    @POST
    @Idempotent
    @RolesAllowed("DECLARANT")
    public Response create(NewOrder order) throws InterruptedException {
        UUID id = placeOrder.place(order);
        if (order.hold()) {
            entered.countDown();
            release.await(30, TimeUnit.SECONDS);
        }
        return Response.created(URI.create("/api/v1/test-orders/" + id))
                .tag(Preconditions.etag(0))
                .entity(order.unstorable() ? new UnstorableOrder(id) : new Order(id, order.goods()))
                .build();
    }
}
