package vn.customs.inspections.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.inspections.api.FindingViews.ActionView;
import vn.customs.inspections.application.FindingQueries;
import vn.customs.inspections.application.TrackCorrectiveActions;
import vn.customs.inspections.domain.finding.CorrectiveAction;
import vn.customs.inspections.domain.finding.CorrectiveActionStatus;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/**
 * Corrective actions: the list of those still to do (or of one status), one action, and its transitions. The owner
 * (or a lead) starts and completes it; a lead who is not its owner verifies it. Each transition needs If-Match.
 */
@Path("/api/v1/corrective-actions")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD) // the transitions are bare POSTs with If-Match
public class CorrectiveActionResource {

    private final FindingQueries queries;
    private final TrackCorrectiveActions actions;

    CorrectiveActionResource(FindingQueries queries, TrackCorrectiveActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    @GET
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(
            operationId = "listCorrectiveActions",
            summary = "Corrective actions still to do (OPEN, IN_PROGRESS, OVERDUE), or of one status",
            description = "In the order ordered; filter by status and by the unit of the finding.")
    @APIResponse(
            responseCode = "200",
            description = "A page of actions; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = FindingExamples.ACTION_PAGE)))
    public Page<ActionView> list(
            @Parameter(description = "One status", schema = @Schema(implementation = CorrectiveActionStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        FindingQueries.ActionFilter filter = new FindingQueries.ActionFilter(
                QueryParams.oneOf("status", status, CorrectiveActionStatus.class), unitCode(unit));
        return Page.of(
                queries.actions(filter, page), page, action -> action.id().toString(), ActionView::of, uri);
    }

    @GET
    @Path("/{actionId}")
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.OFFICER})
    @Operation(
            operationId = "getCorrectiveAction",
            summary = "One corrective action",
            description = "An OFFICER reads only the actions he owns.")
    @APIResponse(
            responseCode = "200",
            description = "The action",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "action", value = FindingExamples.ACTION)))
    public Response get(@PathParam("actionId") UUID actionId) {
        return view(queries.action(actionId));
    }

    @POST
    @Path("/{actionId}/start")
    @Idempotent
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.OFFICER})
    @Operation(
            operationId = "startCorrectiveAction",
            summary = "The owner (or a lead) starts an OPEN action",
            description = "403 not-the-owner for anyone else.")
    @APIResponse(
            responseCode = "200",
            description = "IN_PROGRESS",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "action", value = FindingExamples.ACTION)))
    public Response start(
            @PathParam("actionId") UUID actionId,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(actions.start(actionId, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{actionId}/completion")
    @Idempotent
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.OFFICER})
    @Operation(
            operationId = "completeCorrectiveAction",
            summary = "The owner (or a lead) reports an IN_PROGRESS or OVERDUE action done",
            description = "Done after the due date is marked completedLate.")
    @APIResponse(
            responseCode = "200",
            description = "DONE",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "action", value = FindingExamples.ACTION)))
    public Response complete(
            @PathParam("actionId") UUID actionId,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(actions.complete(actionId, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{actionId}/verification")
    @Idempotent
    @RolesAllowed(Roles.INSPECTION_LEAD)
    @Operation(
            operationId = "verifyCorrectiveAction",
            summary = "A lead who is not the owner confirms a DONE action",
            description = "403 owner-cannot-verify for the action's owner.")
    @APIResponse(
            responseCode = "200",
            description = "VERIFIED",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "action", value = FindingExamples.ACTION)))
    public Response verify(
            @PathParam("actionId") UUID actionId,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(actions.verify(actionId, Preconditions.expectedVersion(ifMatch)));
    }

    private static UnitCode unitCode(String unit) {
        if (unit == null) {
            return null;
        }
        if (!UnitCode.valid(unit)) {
            throw new RequestProblemException(
                    400,
                    "validation",
                    "unit is a unit code: capital letters, digits and underscores.",
                    List.of(Problem.FieldError.parameter("unit", "not a unit code")));
        }
        return new UnitCode(unit);
    }

    private static Response view(CorrectiveAction action) {
        return Response.ok(ActionView.of(action))
                .tag(Preconditions.etag(action.version()))
                .build();
    }
}
