package vn.customs.staffing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;
import vn.customs.staffing.api.StaffingViews.PostingView;
import vn.customs.staffing.application.OfficerQueries;

/** "Who was posted at unit U / on post P on date D", as the register knows it now or knew it then. */
@Path("/api/v1/postings")
@Tag(name = "Officers and postings")
@Produces(MediaType.APPLICATION_JSON)
public class PostingResource {

    private final OfficerQueries queries;
    private final Today today;

    PostingResource(OfficerQueries queries, Today today) {
        this.queries = queries;
        this.today = today;
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "listPostings",
            summary = "Who was posted at a unit or on a post on a date",
            description =
                    "Postings covering `on` (default today), at `unit` and/or on `post`. With `knownAt`, the answer"
                            + " the register would have given at that moment: postings recorded later are left out and ends"
                            + " recorded later are not yet ends.")
    @APIResponse(
            responseCode = "200",
            description = "A page of postings; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = StaffingExamples.POST_HISTORY_PAGE)))
    public Page<PostingView> postedOn(
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit,
            @Parameter(description = "A post id", schema = @Schema(implementation = UUID.class)) @QueryParam("post")
                    String post,
            @Parameter(ref = SharedParameters.ON) @QueryParam("on") String on,
            @Parameter(ref = SharedParameters.KNOWN_AT) @QueryParam("knownAt") String knownAt,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = queries
                .postedOn(
                        Bounds.matching("unit", unit, Bounds.UNIT_CODE, "a unit code such as HUU_NGHI"),
                        QueryParams.uuid("post", post),
                        QueryParams.date("on", on, today.date()),
                        QueryParams.instant("knownAt", knownAt),
                        page)
                .stream()
                .map(PostingView::of)
                .collect(Collectors.toList());
        return Page.of(rows, page, view -> view.id().toString(), uri);
    }
}
