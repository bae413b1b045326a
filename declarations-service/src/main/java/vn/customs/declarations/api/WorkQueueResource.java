package vn.customs.declarations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.declarations.api.DeclarationViews.DeclarationView;
import vn.customs.declarations.application.DeclarationQueries;
import vn.customs.declarations.application.WorkQueue;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Page;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/**
 * What waits at a gate: the open declarations of the gate an officer is posted at today (or the team or post under it
 * he is posted to), or of the gates a unit head heads, oldest first.
 */
@Path("/api/v1/work-queue")
@Tag(name = "Declarations")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    private final WorkQueue queue;
    private final Today today;
    private final WorkingCalendar calendar;

    WorkQueueResource(WorkQueue queue, Today today, WorkingCalendar calendar) {
        this.queue = queue;
        this.today = today;
        this.calendar = calendar;
    }

    @GET
    @Transactional // the views read the declarations' lines, inside the query's transaction
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @Operation(
            operationId = "listWorkQueue",
            summary = "The open declarations of my gate",
            description =
                    "An officer's gate comes from staffing's postings of the officer named by the token (a team or"
                            + " post under a gate belongs to it), a unit head's gates from staffing's unit heads, never from the"
                            + " token. `gate` narrows to one of them; another gate is refused (403 not-your-gate).")
    @APIResponse(
            responseCode = "200",
            description = "A page of open declarations, oldest first; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = DeclarationsExamples.PAGE)))
    public Page<DeclarationView> queue(
            @Parameter(ref = SharedParameters.GATE) @QueryParam("gate") String gate,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = queue.of(
                Optional.ofNullable(
                        Bounds.matching("gate", gate, Bounds.UNIT_CODE, "a gate's unit code such as HUU_NGHI")),
                page);
        return Page.of(
                rows, page, DeclarationQueries::position, d -> DeclarationView.of(d, calendar, today.now()), uri);
    }
}
