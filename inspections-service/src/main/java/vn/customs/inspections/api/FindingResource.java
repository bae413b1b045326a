package vn.customs.inspections.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.inspections.api.FindingViews.ActionView;
import vn.customs.inspections.api.FindingViews.FindingView;
import vn.customs.inspections.api.FindingViews.NewCorrectiveAction;
import vn.customs.inspections.application.FindingQueries;
import vn.customs.inspections.application.TrackCorrectiveActions;
import vn.customs.inspections.domain.finding.CorrectiveAction;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.security.Roles;

/** One finding with its corrective actions, and the ordering of a new action. */
@Path("/api/v1/findings")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingResource {

    private final FindingQueries queries;
    private final TrackCorrectiveActions actions;

    FindingResource(FindingQueries queries, TrackCorrectiveActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    @GET
    @Path("/{findingId}")
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(operationId = "getFinding", summary = "One finding, its accountable head and its corrective actions")
    @APIResponse(
            responseCode = "200",
            description = "The finding",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "finding", value = FindingExamples.FINDING)))
    public Response get(@PathParam("findingId") UUID findingId) {
        FindingQueries.FindingWithActions read = queries.one(findingId);
        return Response.ok(FindingView.of(read))
                .tag(Preconditions.etag(read.finding().version()))
                .build();
    }

    @POST
    @Path("/{findingId}/corrective-actions")
    @Idempotent
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR})
    @Operation(
            operationId = "orderCorrectiveAction",
            summary = "Order a corrective action, with its owner and due date",
            description = "Only on a finding of severity CORRECTIVE or above (else 422 actions-need-corrective), by a"
                    + " lead or an INSPECTOR on the team, between the inspection's start and its closing. The due date"
                    + " is today or later; past it, an unfinished action becomes OVERDUE and CorrectiveActionOverdue"
                    + " is published once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "badges", value = FindingExamples.NEW_ACTION)))
    @APIResponse(
            responseCode = "201",
            description = "Ordered (OPEN)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "action", value = FindingExamples.ACTION)))
    public Response order(@PathParam("findingId") UUID findingId, @Valid @NotNull NewCorrectiveAction body) {
        CorrectiveAction action =
                actions.order(findingId, body.description(), new OfficerId(body.ownerOfficerId()), body.dueDate());
        return Response.created(URI.create("/api/v1/corrective-actions/" + action.id()))
                .tag(Preconditions.etag(action.version()))
                .entity(ActionView.of(action))
                .build();
    }
}
