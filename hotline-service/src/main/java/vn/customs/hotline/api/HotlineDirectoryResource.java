package vn.customs.hotline.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.hotline.api.HotlineDirectoryViews.EntryBody;
import vn.customs.hotline.api.HotlineDirectoryViews.HotlineView;
import vn.customs.hotline.application.HotlineDirectoryQueries;
import vn.customs.hotline.application.PublishHotline;
import vn.customs.hotline.domain.directory.DirectoryContent;
import vn.customs.hotline.domain.directory.HotlineEntry;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/**
 * The published hotline: for the department and each gate, where businesses report an officer. Anyone reads it
 * without an account; hotline handlers publish and revise it.
 */
@Path("/api/v1/hotlines")
@Tag(name = "Hotline directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HotlineDirectoryResource {

    static final String IF_NONE_MATCH = "If-None-Match";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final PublishHotline publishHotline;
    private final HotlineDirectoryQueries queries;

    HotlineDirectoryResource(PublishHotline publishHotline, HotlineDirectoryQueries queries) {
        this.publishHotline = publishHotline;
        this.queries = queries;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listHotlines",
            summary = "The published hotline directory",
            description = "Public, no token needed: the department's entry first, then the gates' by unit code.")
    @APIResponse(
            responseCode = "200",
            description = "A page of entries; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "directory", value = DirectoryExamples.DIRECTORY)))
    public Page<HotlineView> list(
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(queries.entries(page), page, HotlineDirectoryQueries::position, HotlineView::of, uri);
    }

    @GET
    @Path("/{unitCode}")
    @PermitAll
    @Operation(
            operationId = "getHotline",
            summary = "A unit's published hotline",
            description = "Public, no token needed; the ETag is what a handler sends back in If-Match to revise it.")
    @APIResponse(
            responseCode = "200",
            description = "The unit's entry, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HotlineView.class),
                            examples = @ExampleObject(name = "gate", value = DirectoryExamples.ENTRY)))
    public Response read(
            @Parameter(description = "The unit's code", example = "HUU_NGHI")
                    @PathParam("unitCode")
                    @Schema(pattern = Bounds.UNIT_CODE, maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
                    String unitCode) {
        HotlineEntry entry = queries.entry(unitCode(unitCode));
        return Response.ok(HotlineView.of(entry))
                .tag(Preconditions.etag(entry.version()))
                .build();
    }

    @PUT
    @Path("/{unitCode}")
    @RolesAllowed(Roles.HOTLINE_HANDLER)
    @Operation(
            operationId = "publishHotline",
            summary = "Publish or revise a unit's hotline",
            description = "Creates the unit's entry (201) when it has none: send `If-None-Match: *` (or no If-Match);"
                    + " an entry published meanwhile answers 412. Replaces an existing entry (200) only with"
                    + " `If-Match` and its current ETag: 428 without, 412 when stale. A number no one can dial, an"
                    + " e-mail that is none or a web address that is not https is a 422 naming the field's JSON"
                    + " pointer. Every change is in the audit trail (publish-hotline, revise-hotline).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "gate", value = DirectoryExamples.ENTRY_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "Revised: the entry, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HotlineView.class),
                            examples = @ExampleObject(name = "gate", value = DirectoryExamples.ENTRY)))
    @APIResponse(
            responseCode = "201",
            description = "Published: Location names the entry, ETag versions it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HotlineView.class),
                            examples = @ExampleObject(name = "gate", value = DirectoryExamples.ENTRY)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match is stale, names no entry, or If-None-Match: * found one",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "428",
            description = "The unit has an entry: send If-Match with its ETag",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response publish(
            @Parameter(description = "The unit's code", example = "HUU_NGHI")
                    @PathParam("unitCode")
                    @Schema(pattern = Bounds.UNIT_CODE, maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
                    String unitCode,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Parameter(
                            name = IF_NONE_MATCH,
                            in = ParameterIn.HEADER,
                            description = "`*`: publish only if the unit has no entry yet",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "*", maxLength = 1))
                    @HeaderParam(IF_NONE_MATCH)
                    String ifNoneMatch,
            @Valid @NotNull EntryBody body) {
        UnitCode code = unitCode(unitCode);
        DirectoryContent content = body.content();
        if (present(ifNoneMatch)) {
            requireCreateOnly(ifNoneMatch, ifMatch);
            return created(publishHotline.publish(code, content));
        }
        if (!present(ifMatch)) {
            if (queries.find(code).isPresent()) {
                Preconditions.expectedVersion(ifMatch); // 428: an existing entry is replaced only at a version read
            }
            return created(publishHotline.publish(code, content));
        }
        HotlineEntry entry = publishHotline.revise(code, Preconditions.expectedVersion(ifMatch), content);
        return Response.ok(HotlineView.of(entry))
                .tag(Preconditions.etag(entry.version()))
                .build();
    }

    @DELETE
    @Path("/{unitCode}")
    @RolesAllowed(Roles.HOTLINE_HANDLER)
    @Operation(
            operationId = "withdrawHotline",
            summary = "Withdraw a unit's hotline",
            description = "Takes the entry out of the directory (a gate that closed, a line no longer staffed): only"
                    + " with If-Match and its current ETag (428 without, 412 when stale or when the unit has no"
                    + " entry). Audited (withdraw-hotline); the unit may publish again later.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(
            responseCode = "412",
            description = "If-Match is stale or names no entry",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is required",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response withdraw(
            @Parameter(description = "The unit's code", example = "HUU_NGHI")
                    @PathParam("unitCode")
                    @Schema(pattern = Bounds.UNIT_CODE, maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
                    String unitCode,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        UnitCode code = unitCode(unitCode);
        publishHotline.withdraw(code, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    private static Response created(HotlineEntry entry) {
        return Response.created(
                        URI.create("/api/v1/hotlines/" + entry.unitCode().value()))
                .tag(Preconditions.etag(entry.version()))
                .entity(HotlineView.of(entry))
                .build();
    }

    private static boolean present(String header) {
        return header != null && !header.isBlank();
    }

    /** Only {@code If-None-Match: *} is understood here, and not together with {@code If-Match}. */
    private static void requireCreateOnly(String ifNoneMatch, String ifMatch) {
        if (!ifNoneMatch.strip().equals("*") || present(ifMatch)) {
            throw new RequestProblemException(
                    400,
                    "validation",
                    "Send If-None-Match: * to publish a new entry, or If-Match with the ETag to revise one; not both.",
                    List.of(Problem.FieldError.parameter(IF_NONE_MATCH, "must be * and without If-Match")));
        }
    }

    private static UnitCode unitCode(String text) {
        return new UnitCode(Bounds.matching("unitCode", text, Bounds.UNIT_CODE, "a unit code such as HUU_NGHI"));
    }
}
