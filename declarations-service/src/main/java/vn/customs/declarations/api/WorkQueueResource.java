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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.declarations.api.DeclarationViews.DeclarationView;
import vn.customs.declarations.application.DeclarationQueries;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.http.Page;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/** An officer's work: the open declarations of the gate he is posted at today, oldest first. */
@Path("/api/v1/work-queue")
@Tag(name = "Declarations")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    private final DeclarationQueries queries;
    private final Today today;
    private final WorkingCalendar calendar;

    WorkQueueResource(DeclarationQueries queries, Today today, WorkingCalendar calendar) {
        this.queries = queries;
        this.today = today;
        this.calendar = calendar;
    }

    @GET
    @Transactional
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            operationId = "listWorkQueue",
            summary = "The open declarations of my gate",
            description =
                    "The gate comes from staffing's postings of the officer named by the token, never from the token.")
    @APIResponse(
            responseCode = "200",
            description = "A page of open declarations, oldest first; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = DeclarationsExamples.PAGE)))
    public Page<DeclarationView> queue(
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = queries.queue(page);
        return Page.of(
                rows, page, DeclarationQueries::position, d -> DeclarationView.of(d, calendar, today.now()), uri);
    }
}
