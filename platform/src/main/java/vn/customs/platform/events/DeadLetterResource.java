package vn.customs.platform.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Roles;

/**
 * The service's event consumers, and the replay of a consumer's dead-letter topic after a fix: each dead letter is
 * applied through the inbox, so replaying twice applies an event once.
 */
@Path("/api/v1/consumers")
@Tag(name = "Event consumers")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** The consumers of this service. */
    public record Consumers(@Schema(maxItems = 100) List<DeadLetterReplay.ConsumerInfo> items) {}

    private final DeadLetterReplay replay;
    private final AuditTrail audit;

    DeadLetterResource(DeadLetterReplay replay, AuditTrail audit) {
        this.replay = replay;
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(
            operationId = "listEventConsumers",
            summary = "This service's consumers of other services' events, with their dead-letter topics")
    @APIResponse(responseCode = "200", description = "The consumers")
    public Consumers consumers() {
        return new Consumers(replay.consumers());
    }

    @POST
    @Path("/{name}/dead-letter-replays")
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(
            operationId = "replayDeadLetters",
            summary = "Apply the consumer's dead letters again, after a fix",
            description = "Reads the consumer's dead-letter topic from its start to its current end and applies each"
                    + " event through the inbox: an event applied before is skipped, so a replay can be repeated"
                    + " safely. Events that still fail are listed (the first 100) and stay for the next replay.")
    @APIResponse(responseCode = "200", description = "What the replay did")
    public DeadLetterReplay.Result replay(
            @Parameter(schema = @Schema(pattern = "[a-z0-9._-]+", maxLength = 100)) @PathParam("name") String name) {
        EventConsumer consumer = replay.consumer(name).orElseThrow(() -> new UnknownObjectException("consumer", name));
        DeadLetterReplay.Result result = replay.replay(consumer);
        audit.record(
                "replay-dead-letters",
                "consumer",
                name,
                Map.of(
                        "deadLetters", result.deadLetters(),
                        "applied", result.applied(),
                        "alreadyApplied", result.alreadyApplied(),
                        "failed", result.failed()));
        return result;
    }
}
