package vn.customs.testkit.wiring;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Test-only endpoint: {@code POST} writes a row through Panache and sends its id to the real broker; the echo
 * consumer marks the row when the record comes back; {@code GET} shows the row and the database it lives in.
 */
@Path("/testkit/wiring-probes")
@jakarta.annotation.security.PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WiringProbeResource {

    /** What a probe looks like from outside. */
    public record ProbeView(UUID id, String note, Instant createdAt, Instant echoedAt, String database) {}

    /** What a caller sends. */
    public record NewProbe(String note) {}

    private final Emitter<String> outgoing;
    private final EntityManager entityManager;

    WiringProbeResource(@Channel("testkit-wiring-out") Emitter<String> outgoing, EntityManager entityManager) {
        this.outgoing = outgoing;
        this.entityManager = entityManager;
    }

    @POST
    @Transactional
    public Response create(NewProbe request) {
        WiringProbe probe = new WiringProbe(UUID.randomUUID(), request.note(), Instant.now());
        probe.persist();
        // Sent after the row is flushed; a test probe does not need the outbox's guarantees.
        entityManager.flush();
        outgoing.send(probe.id().toString());
        return Response.created(URI.create("/testkit/wiring-probes/" + probe.id()))
                .entity(view(probe))
                .build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public ProbeView read(@PathParam("id") UUID id) {
        WiringProbe probe = WiringProbe.findById(id);
        if (probe == null) {
            throw new NotFoundException();
        }
        return view(probe);
    }

    private ProbeView view(WiringProbe probe) {
        String database = (String)
                entityManager.createNativeQuery("select current_database()").getSingleResult();
        return new ProbeView(probe.id(), probe.note(), probe.createdAt(), probe.echoedAt(), database);
    }
}
