package vn.customs.staffing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
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
import vn.customs.platform.domain.Money;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;
import vn.customs.staffing.api.StaffingViews.AssetDeclarationView;
import vn.customs.staffing.api.StaffingViews.FirstDeclarationOwedView;
import vn.customs.staffing.api.StaffingViews.OverdueDeclarantView;
import vn.customs.staffing.api.StaffingViews.ThresholdView;
import vn.customs.staffing.application.AdvanceAssetDeclaration;
import vn.customs.staffing.application.AssetDeclarationQueries;
import vn.customs.staffing.application.FileAssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetDeclarationKind;
import vn.customs.staffing.domain.assets.AssetDeclarationStatus;
import vn.customs.staffing.domain.assets.AssetThreshold;
import vn.customs.staffing.domain.assets.DeclaredAsset;

/** Declarations of income and assets by leaders and holders of listed posts. */
@Path("/api/v1")
@Tag(name = "Asset declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetDeclarationResource {

    /** The years a declaration may be filed for, and asked about. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    /** A declaration as filed. */
    public record NewDeclaration(
            @NotNull UUID officerId,
            @NotNull AssetDeclarationKind kind,
            @Min(FIRST_YEAR) @Max(LAST_YEAR) int year,

            @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 0)
            BigDecimal totalAssetsVnd,

            @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 0)
            BigDecimal riseVnd,

            @Size(max = 100) List<@Valid @NotNull Asset> assets) {}

    /** A single asset listed on its own: worth at least the per-asset threshold in force on the filing day. */
    public record Asset(
            @NotBlank @Size(max = 300) String description,

            @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 0)
            BigDecimal valueVnd) {}

    /** The next step: PUBLICIZE, VERIFY, or QUERY with the question. */
    public record StepRequest(
            @NotNull AdvanceAssetDeclaration.Step step,
            @Size(max = 1000) String question) {}

    private final FileAssetDeclaration filing;
    private final AdvanceAssetDeclaration advancing;
    private final AssetDeclarationQueries queries;
    private final Today today;

    AssetDeclarationResource(
            FileAssetDeclaration filing,
            AdvanceAssetDeclaration advancing,
            AssetDeclarationQueries queries,
            Today today) {
        this.filing = filing;
        this.advancing = advancing;
        this.queries = queries;
        this.today = today;
    }

    @POST
    @Path("/asset-declarations")
    @Idempotent
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "fileAssetDeclaration",
            summary = "File an asset declaration",
            description =
                    "One FIRST and one ANNUAL per officer and year; a SUPPLEMENTARY one only when assets rose by at"
                            + " least the threshold in force on the filing day (see /asset-declaration-thresholds).")
    @RequestBody(
            content =
                    @Content(
                            examples = @ExampleObject(name = "annual", value = StaffingExamples.NEW_ASSET_DECLARATION)))
    @APIResponse(
            responseCode = "201",
            description = "Filed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "declaration", value = StaffingExamples.ASSET_DECLARATION)))
    public Response file(@Valid @NotNull NewDeclaration body) {
        List<DeclaredAsset> assets = body.assets() == null
                ? List.of()
                : body.assets().stream()
                        .map(asset -> new DeclaredAsset(asset.description(), Money.vnd(asset.valueVnd())))
                        .toList();
        AssetDeclaration filed =
                filing.file(body.officerId(), body.kind(), body.year(), body.totalAssetsVnd(), body.riseVnd(), assets);
        return Response.created(URI.create("/api/v1/asset-declarations/" + filed.id()))
                .tag(Preconditions.etag(filed.version()))
                .entity(AssetDeclarationView.of(filed))
                .build();
    }

    @GET
    @Path("/asset-declarations")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "listAssetDeclarations", summary = "List asset declarations")
    @APIResponse(
            responseCode = "200",
            description = "A page of declarations; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = StaffingExamples.ASSET_DECLARATION_PAGE)))
    public Page<AssetDeclarationView> list(
            @Parameter(description = "An officer id", schema = @Schema(implementation = UUID.class))
                    @QueryParam("officerId")
                    String officerId,
            @Parameter(
                            description = "The year declared for",
                            example = "2025",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "" + FIRST_YEAR,
                                            maximum = "" + LAST_YEAR))
                    @QueryParam("year")
                    String year,
            @Parameter(
                            description = "SUBMITTED, PUBLICIZED, VERIFIED or QUERIED",
                            schema = @Schema(implementation = AssetDeclarationStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = queries
                .declarations(
                        QueryParams.uuid("officerId", officerId),
                        Bounds.within("year", QueryParams.integer("year", year, null), FIRST_YEAR, LAST_YEAR),
                        QueryParams.oneOf("status", status, AssetDeclarationStatus.class),
                        page)
                .stream()
                .map(AssetDeclarationView::of)
                .collect(Collectors.toList());
        return Page.of(rows, page, view -> view.id().toString(), uri);
    }

    @GET
    @Path("/asset-declarations/{id}")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "getAssetDeclaration", summary = "Read an asset declaration")
    @APIResponse(
            responseCode = "200",
            description = "The declaration, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "declaration", value = StaffingExamples.ASSET_DECLARATION)))
    public Response read(@PathParam("id") UUID id) {
        AssetDeclaration found = queries.declaration(id);
        return Response.ok(AssetDeclarationView.of(found))
                .tag(Preconditions.etag(found.version()))
                .build();
    }

    @POST
    @Path("/asset-declarations/{id}/steps")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "takeAssetDeclarationStep",
            summary = "Move a declaration on: publicize, then verify or query",
            description = "Needs If-Match. SUBMITTED → PUBLICIZED → VERIFIED | QUERIED; any other step is 409.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "publicize",
                                            value = StaffingExamples.ASSET_DECLARATION_PUBLICIZE)))
    @APIResponse(
            responseCode = "200",
            description = "The declaration after the step",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "declaration", value = StaffingExamples.ASSET_DECLARATION)))
    public Response step(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull StepRequest body) {
        AssetDeclaration moved =
                advancing.advance(id, Preconditions.expectedVersion(ifMatch), body.step(), body.question());
        return Response.ok(AssetDeclarationView.of(moved))
                .tag(Preconditions.etag(moved.version()))
                .build();
    }

    @GET
    @Path("/asset-declarations/overdue")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "listOverdueAssetDeclarants",
            summary = "Who has not filed the annual declaration for a year",
            description = "Unit heads and holders of sensitive posts on 31 December of the year without an ANNUAL"
                    + " declaration filed by then. Empty until the deadline has passed.")
    @APIResponse(
            responseCode = "200",
            description = "The officers overdue",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "overdue",
                                            value = StaffingExamples.ASSET_DECLARATION_OVERDUE)))
    public List<OverdueDeclarantView> overdue(
            @Parameter(
                            description = "The year (default last year)",
                            example = "2025",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "" + FIRST_YEAR,
                                            maximum = "" + LAST_YEAR))
                    @QueryParam("year")
                    String year) {
        int forYear = Bounds.within(
                "year", QueryParams.integer("year", year, today.date().getYear() - 1), FIRST_YEAR, LAST_YEAR);
        return queries.overdueDeclarants(forYear).stream()
                .map(officer -> new OverdueDeclarantView(
                        officer.id(),
                        officer.fullName(),
                        officer.serviceNumber(),
                        forYear,
                        AssetDeclaration.annualDeadline(forYear)))
                .collect(Collectors.toList());
    }

    @GET
    @Path("/asset-declarations/first-owed")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "listFirstAssetDeclarationsOwed",
            summary = "Who owes a FIRST declaration",
            description = "Officers appointed to a post that requires declarations (a sensitive post or a unit's head"
                    + " post) who have filed no FIRST declaration. It is due within "
                    + AssetDeclaration.FIRST_DECLARATION_DAYS
                    + " days of the first such posting; `overdue` once that day has passed.")
    @APIResponse(
            responseCode = "200",
            description = "The officers who owe one, longest owed first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "owed", value = StaffingExamples.FIRST_DECLARATIONS_OWED)))
    public List<FirstDeclarationOwedView> firstOwed(@Parameter(ref = SharedParameters.ON) @QueryParam("on") String on) {
        return queries.firstDeclarationsOwed(QueryParams.date("on", on, today.date())).stream()
                .map(FirstDeclarationOwedView::of)
                .toList();
    }

    @GET
    @Path("/asset-declaration-thresholds")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD})
    @Operation(
            operationId = "getAssetDeclarationThresholds",
            summary = "The declaration thresholds in force on a date",
            description = "Versioned by the date they took effect: 50 million VND per asset and a 300 million VND rise"
                    + " before 1 July 2026, 150 million and 1 billion from then on.")
    @APIResponse(
            responseCode = "200",
            description = "The thresholds",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "2026",
                                            value = StaffingExamples.ASSET_DECLARATION_THRESHOLDS)))
    public ThresholdView thresholds(@Parameter(ref = SharedParameters.ON) @QueryParam("on") String on) {
        return ThresholdView.of(AssetThreshold.on(QueryParams.date("on", on, today.date())));
    }
}
