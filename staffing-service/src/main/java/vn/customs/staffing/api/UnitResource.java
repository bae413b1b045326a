package vn.customs.staffing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.LocalDate;
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
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;
import vn.customs.staffing.api.StaffingViews.HeadView;
import vn.customs.staffing.api.StaffingViews.PostingView;
import vn.customs.staffing.api.StaffingViews.UnitView;
import vn.customs.staffing.application.CloseUnit;
import vn.customs.staffing.application.CreateUnit;
import vn.customs.staffing.application.OrganisationQueries;
import vn.customs.staffing.application.ReviseUnit;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.staffing.domain.organisation.UnitKind;

/** Units of the department: the department, its sub-departments at the gates, their teams; and their heads. */
@Path("/api/v1/units")
@Tag(name = "Units and posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    /** A new unit. */
    public record NewUnit(
            @NotBlank
            @Pattern(regexp = Bounds.UNIT_CODE, message = "2 to 32 capital letters, digits or _")
            @Schema(maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotNull UnitKind kind,

            @Pattern(regexp = Bounds.UNIT_CODE, message = "a unit code")
            @Schema(maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
            String parentCode,

            boolean remoteArea) {}

    /** What may change about a unit (its code never does). */
    public record UnitChange(@NotBlank @Size(max = 200) String name, boolean remoteArea) {}

    /** Closing a unit: from which day, under which decision. */
    public record Closure(
            @NotNull LocalDate closedOn,
            @NotBlank @Size(max = 64) String decisionNumber) {}

    private final CreateUnit createUnit;
    private final ReviseUnit reviseUnit;
    private final CloseUnit closeUnit;
    private final OrganisationQueries queries;
    private final Today today;

    UnitResource(
            CreateUnit createUnit,
            ReviseUnit reviseUnit,
            CloseUnit closeUnit,
            OrganisationQueries queries,
            Today today) {
        this.createUnit = createUnit;
        this.reviseUnit = reviseUnit;
        this.closeUnit = closeUnit;
        this.queries = queries;
        this.today = today;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "createUnit",
            summary = "Create a unit",
            description = "Codes are what other services know units by; they never change.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "gate", value = StaffingExamples.NEW_UNIT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it, ETag versions it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "unit", value = StaffingExamples.UNIT)))
    public Response create(@Valid @NotNull NewUnit body) {
        Unit unit = createUnit.create(body.code(), body.name(), body.kind(), body.parentCode(), body.remoteArea());
        return Response.created(URI.create("/api/v1/units/" + unit.id()))
                .tag(Preconditions.etag(unit.version()))
                .entity(UnitView.of(unit))
                .build();
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "listUnits",
            summary = "List units",
            description = "Ordered by code; a unit head sees his unit and its teams.")
    @APIResponse(
            responseCode = "200",
            description = "A page of units; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = StaffingExamples.UNIT_PAGE)))
    public Page<UnitView> list(
            @Parameter(
                            description = "DEPARTMENT, SUB_DEPARTMENT or TEAM",
                            schema = @Schema(implementation = UnitKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "Only the children of this unit code",
                            example = "DEPT",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = Bounds.UNIT_CODE,
                                            maxLength = Bounds.UNIT_CODE_MAX_LENGTH))
                    @QueryParam("parent")
                    String parent,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = queries
                .units(
                        QueryParams.oneOf("kind", kind, UnitKind.class),
                        Bounds.matching("parent", parent, Bounds.UNIT_CODE, "a unit code such as DEPT"),
                        page)
                .stream()
                .map(UnitView::of)
                .collect(Collectors.toList());
        return Page.of(rows, page, UnitView::code, uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "getUnit", summary = "Read a unit")
    @APIResponse(
            responseCode = "200",
            description = "The unit, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "unit", value = StaffingExamples.UNIT)))
    public Response read(@PathParam("id") UUID id) {
        Unit unit = queries.unit(id);
        return Response.ok(UnitView.of(unit))
                .tag(Preconditions.etag(unit.version()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "reviseUnit",
            summary = "Rename a unit or change its remote-area flag",
            description = "Needs If-Match with the unit's ETag.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "change", value = StaffingExamples.UNIT_CHANGE)))
    @APIResponse(
            responseCode = "200",
            description = "The changed unit, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "unit", value = StaffingExamples.UNIT)))
    public Response revise(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull UnitChange body) {
        Unit unit = reviseUnit.revise(id, Preconditions.expectedVersion(ifMatch), body.name(), body.remoteArea());
        return Response.ok(UnitView.of(unit))
                .tag(Preconditions.etag(unit.version()))
                .build();
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "closeUnit",
            summary = "Close a unit",
            description = "Needs If-Match. Refused (422 unit-still-staffed) while officers are posted there on or after"
                    + " `closedOn` or a unit under it is open; 409 once closed. Afterwards no post, posting or unit"
                    + " is added there (422 unit-closed); its history stays readable. Publishes UnitClosed.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "closure", value = StaffingExamples.UNIT_CLOSURE)))
    @APIResponse(
            responseCode = "200",
            description = "The closed unit, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "unit", value = StaffingExamples.UNIT)))
    public Response close(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull Closure body) {
        Unit unit = closeUnit.close(id, Preconditions.expectedVersion(ifMatch), body.closedOn(), body.decisionNumber());
        return Response.ok(UnitView.of(unit))
                .tag(Preconditions.etag(unit.version()))
                .build();
    }

    @GET
    @Path("/{id}/head")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "getUnitHead",
            summary = "The head of a unit, today or on a given date",
            description =
                    "The head answers for violations by the unit's staff; posting is null while the post is vacant. With"
                            + " `knownAt`, as the register knew it then (a backdated change recorded later is left out).")
    @APIResponse(
            responseCode = "200",
            description = "The head's posting on that date",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "head", value = StaffingExamples.UNIT_HEAD)))
    public HeadView head(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.ON) @QueryParam("on") String on,
            @Parameter(ref = SharedParameters.KNOWN_AT) @QueryParam("knownAt") String knownAt) {
        var day = QueryParams.date("on", on, today.date());
        var asKnownAt = QueryParams.instant("knownAt", knownAt);
        Unit unit = queries.unit(id);
        return new HeadView(
                unit.code(),
                day,
                queries.headOf(id, day, asKnownAt).map(PostingView::of).orElse(null));
    }
}
