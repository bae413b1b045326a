package vn.customs.platform.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Page;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/**
 * Events Kafka refused for good (too large, a topic this service may not write), parked so that the rest of the
 * outbox goes on: listed for auditors and integrators, re-queued after a fix or discarded by an integrator, each
 * audited.
 */
@Path("/api/v1/outbox/parked-events")
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
public class ParkedEventResource {

    /** A parked event and why Kafka refused it. */
    public record ParkedEvent(
            @Schema(format = "int64", minimum = "1", maximum = Bounds.INT64_MAX)
            long position,

            @Schema(format = "uuid", maxLength = Bounds.UUID_LENGTH)
            String eventId,

            @Schema(maxLength = Bounds.EVENT_ATTRIBUTE_MAX_LENGTH)
            String type,

            @Schema(maxLength = Bounds.TOPIC_MAX_LENGTH) String topic,

            @Schema(maxLength = Bounds.EVENT_ATTRIBUTE_MAX_LENGTH)
            String subject,

            Instant parkedAt,

            @Schema(maxLength = Bounds.REASON_MAX_LENGTH, description = "Why Kafka refused it")
            String error) {}

    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final OutboxSignal signal;

    ParkedEventResource(EntityManager entityManager, AuditTrail audit, OutboxSignal signal) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.signal = signal;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listParkedEvents", summary = "Events Kafka refused for good, oldest first")
    @APIResponse(responseCode = "200", description = "A page of parked events; follow next")
    public Page<ParkedEvent> parked(
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(limit, cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT position, CAST(event_id AS text), event_type, topic, subject, parked_at,"
                        + " error FROM platform_outbox_parked JOIN platform_outbox USING (position)"
                        + " WHERE position > ?1 ORDER BY position LIMIT ?2")
                .setParameter(1, request.afterNumber())
                .setParameter(2, request.limit() + 1)
                .getResultList();
        return Page.of(
                rows.stream().map(ParkedEventResource::parkedEvent).toList(),
                request,
                event -> Long.toString(event.position()),
                uri);
    }

    @POST
    @Path("/{position}/requeue")
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(
            operationId = "requeueParkedEvent",
            summary = "Send a parked event again, after the fix that lets Kafka take it",
            description = "The event goes back on the pending queue and is published after the events already"
                    + " waiting. If Kafka refuses it again, it is parked again.")
    @APIResponse(responseCode = "204", description = "Queued")
    public void requeue(
            @Parameter(schema = @Schema(format = "int64", minimum = "1", maximum = Bounds.INT64_MAX))
                    @PathParam("position")
                    long position) {
        int moved = entityManager
                .createNativeQuery("WITH taken AS (DELETE FROM platform_outbox_parked WHERE position = ?1"
                        + " RETURNING position) INSERT INTO platform_outbox_pending (position)"
                        + " SELECT position FROM taken")
                .setParameter(1, position)
                .executeUpdate();
        if (moved == 0) {
            throw new UnknownObjectException("parked event at position", position);
        }
        audit.record("requeue-parked-event", "outbox-event", position, Map.of());
        signal.wake();
    }

    @DELETE
    @Path("/{position}")
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(
            operationId = "discardParkedEvent",
            summary = "Give up a parked event: it is never published",
            description = "The event stays in the outbox for the record but leaves the parked list; the audit trail"
                    + " says who gave it up and why Kafka refused it.")
    @APIResponse(responseCode = "204", description = "Discarded")
    public void discard(
            @Parameter(schema = @Schema(format = "int64", minimum = "1", maximum = Bounds.INT64_MAX))
                    @PathParam("position")
                    long position) {
        @SuppressWarnings("unchecked")
        List<String> errors = entityManager
                .createNativeQuery("DELETE FROM platform_outbox_parked WHERE position = ?1 RETURNING error")
                .setParameter(1, position)
                .getResultList();
        if (errors.isEmpty()) {
            throw new UnknownObjectException("parked event at position", position);
        }
        audit.record("discard-parked-event", "outbox-event", position, Map.of("error", errors.get(0)));
    }

    private static ParkedEvent parkedEvent(Object[] row) {
        Object parkedAt = row[5];
        return new ParkedEvent(
                ((Number) row[0]).longValue(),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                parkedAt instanceof Timestamp ? ((Timestamp) parkedAt).toInstant() : (Instant) parkedAt,
                (String) row[6]);
    }
}
