package vn.customs.staffing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;
import vn.customs.staffing.api.StaffingViews.PostView;
import vn.customs.staffing.api.StaffingViews.PostingView;
import vn.customs.staffing.application.CreatePost;
import vn.customs.staffing.application.OfficerQueries;
import vn.customs.staffing.application.OrganisationQueries;
import vn.customs.staffing.application.RevisePost;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.PostFunction;
import vn.customs.staffing.domain.organisation.PostTerms;
import vn.customs.staffing.domain.organisation.Rank;

/** Posts of the units: function, sensitivity and rotation period, establishment; and who held them. */
@Path("/api/v1/posts")
@Tag(name = "Units and posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostResource {

    /** A new post: its unit and its terms. */
    public record NewPost(
            @NotNull UUID unitId,
            @NotBlank @Size(max = 200) String title,
            @NotNull PostFunction function,
            boolean sensitive,
            @Min(24) @Max(60) Integer rotationPeriodMonths,
            @Min(0) @Max(500) int minStaff,
            @Min(1) @Max(500) int establishment,
            @NotNull Rank minRank,
            boolean headOfUnit) {

        PostTerms terms() {
            return new PostTerms(
                    title, function, sensitive, rotationPeriodMonths, minStaff, establishment, minRank, headOfUnit);
        }
    }

    /** A post's terms as revised (its unit never changes). */
    public record PostBody(
            @NotBlank @Size(max = 200) String title,
            @NotNull PostFunction function,
            boolean sensitive,
            @Min(24) @Max(60) Integer rotationPeriodMonths,
            @Min(0) @Max(500) int minStaff,
            @Min(1) @Max(500) int establishment,
            @NotNull Rank minRank,
            boolean headOfUnit) {

        PostTerms terms() {
            return new PostTerms(
                    title, function, sensitive, rotationPeriodMonths, minStaff, establishment, minRank, headOfUnit);
        }
    }

    private final CreatePost createPost;
    private final RevisePost revisePost;
    private final OrganisationQueries queries;
    private final OfficerQueries postings;

    PostResource(CreatePost createPost, RevisePost revisePost, OrganisationQueries queries, OfficerQueries postings) {
        this.createPost = createPost;
        this.revisePost = revisePost;
        this.queries = queries;
        this.postings = postings;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "createPost",
            summary = "Create a post in a unit",
            description =
                    "A sensitive post (on the legal list of posts that must rotate) needs a period of 24 to 60 months.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "clearance", value = StaffingExamples.NEW_POST)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "post", value = StaffingExamples.POST)))
    public Response create(@Valid @NotNull NewPost body) {
        Post post = createPost.create(body.unitId(), body.terms());
        return Response.created(URI.create("/api/v1/posts/" + post.id()))
                .tag(Preconditions.etag(post.version()))
                .entity(PostView.of(post))
                .build();
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "listPosts",
            summary = "List posts",
            description = "Filter by unit, function, sensitivity.")
    @APIResponse(
            responseCode = "200",
            description = "A page of posts; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = StaffingExamples.POST_PAGE)))
    public Page<PostView> list(
            @Parameter(description = "A unit id", schema = @Schema(implementation = UUID.class)) @QueryParam("unitId")
                    String unitId,
            @Parameter(
                            description = "A post function",
                            example = "CLEARANCE",
                            schema = @Schema(implementation = PostFunction.class))
                    @QueryParam("function")
                    String function,
            @Parameter(description = "true or false", schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("sensitive")
                    String sensitive,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = queries
                .posts(
                        QueryParams.uuid("unitId", unitId),
                        QueryParams.oneOf("function", function, PostFunction.class),
                        QueryParams.bool("sensitive", sensitive),
                        page)
                .stream()
                .map(PostView::of)
                .collect(Collectors.toList());
        return Page.of(rows, page, view -> view.id().toString(), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "getPost", summary = "Read a post")
    @APIResponse(
            responseCode = "200",
            description = "The post, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "post", value = StaffingExamples.POST)))
    public Response read(@PathParam("id") UUID id) {
        Post post = queries.post(id);
        return Response.ok(PostView.of(post))
                .tag(Preconditions.etag(post.version()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "revisePost",
            summary = "Revise a post's terms",
            description = "Needs If-Match; the unit of a post never changes.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "terms", value = StaffingExamples.POST_TERMS)))
    @APIResponse(
            responseCode = "200",
            description = "The revised post, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "post", value = StaffingExamples.POST)))
    public Response revise(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull PostBody body) {
        Post post = revisePost.revise(id, Preconditions.expectedVersion(ifMatch), body.terms());
        return Response.ok(PostView.of(post))
                .tag(Preconditions.etag(post.version()))
                .build();
    }

    @GET
    @Path("/{id}/postings")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "listPostPostings", summary = "Everyone who held the post, and when")
    @APIResponse(
            responseCode = "200",
            description = "A page of postings; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = StaffingExamples.POST_HISTORY_PAGE)))
    public Page<PostingView> history(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = postings.postHistory(id, page).stream().map(PostingView::of).collect(Collectors.toList());
        return Page.of(rows, page, view -> view.id().toString(), uri);
    }
}
