package vn.customs.inspections.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.inspections.api.PlanViews.NewEntry;
import vn.customs.inspections.api.PlanViews.NewPlan;
import vn.customs.inspections.api.PlanViews.PlanView;
import vn.customs.inspections.application.ApproveInspectionPlan;
import vn.customs.inspections.application.DraftInspectionPlan;
import vn.customs.inspections.application.PlanQueries;
import vn.customs.inspections.domain.plan.InspectionPlan;
import vn.customs.inspections.domain.plan.PlanPeriod;
import vn.customs.inspections.domain.plan.PlanStatus;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/**
 * The annual and quarterly plans of thematic inspections: an inspection lead drafts one, adds and removes its entries,
 * and another lead approves it, which proposes one THEMATIC inspection per entry. Thematic inspections are announced:
 * every reader of inspections reads the plans.
 */
@Path("/api/v1/inspection-plans")
@Tag(name = "Inspection plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final String PLANS = "/api/v1/inspection-plans/";

    private final DraftInspectionPlan drafting;
    private final ApproveInspectionPlan approval;
    private final PlanQueries queries;

    PlanResource(DraftInspectionPlan drafting, ApproveInspectionPlan approval, PlanQueries queries) {
        this.drafting = drafting;
        this.approval = approval;
        this.queries = queries;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.INSPECTION_LEAD)
    @Operation(
            operationId = "draftInspectionPlan",
            summary = "Draft a plan of thematic inspections for a year or a quarter",
            description = "A DRAFT plan for `year` (and `quarter` 1-4, or the whole year), with a title and maybe its"
                    + " first entries. Each entry: a unit, a theme (CONDUCT, UNIFORM_AND_BADGE, PROCEDURE, DELAY,"
                    + " ANTI_CORRUPTION, OTHER) or a free scope of up to 2000 characters, or both (OTHER needs the"
                    + " scope), a planned start inside the period and 1 to 45 days. 422 `start-outside-period`,"
                    + " `theme-or-scope`, `scope-required`, `invalid-period`. Audited (draft-inspection-plan); the"
                    + " caller is the drafter, who may not approve it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "quarter", value = PlanExamples.NEW_PLAN)))
    @APIResponse(
            responseCode = "201",
            description = "Drafted: Location names the plan, ETag versions it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "draft", value = PlanExamples.DRAFT)))
    public Response draft(@Valid @NotNull NewPlan body) {
        InspectionPlan plan = drafting.draft(body.period(), body.title(), body.drafts());
        return Response.created(URI.create(PLANS + plan.id()))
                .tag(Preconditions.etag(plan.version()))
                .entity(PlanView.of(plan))
                .build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD})
    @Operation(
            operationId = "listInspectionPlans",
            summary = "Plans of thematic inspections",
            description = "Oldest first; filtered by `year` and `status` when given.")
    @APIResponse(
            responseCode = "200",
            description = "A page of plans; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "plans", value = PlanExamples.LIST)))
    public Page<PlanView> list(
            @Parameter(
                            description = "The plans of this year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "2000",
                                            maximum = "2100"))
                    @QueryParam("year")
                    String year,
            @Parameter(description = "DRAFT or APPROVED", schema = @Schema(implementation = PlanStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        Integer yearValue = Bounds.within(
                "year", QueryParams.integer("year", year, null), PlanPeriod.FIRST_YEAR, PlanPeriod.LAST_YEAR);
        return Page.of(
                queries.plans(page, yearValue, QueryParams.oneOf("status", status, PlanStatus.class)),
                page,
                plan -> plan.id().toString(),
                PlanView::of,
                uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD})
    @Operation(
            operationId = "getInspectionPlan",
            summary = "A plan of thematic inspections",
            description = "With its entries; once approved, each entry names the inspection it became. The ETag is"
                    + " what a lead sends back in If-Match to change or approve it.")
    @APIResponse(
            responseCode = "200",
            description = "The plan, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "approved", value = PlanExamples.APPROVED)))
    public Response get(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        return view(queries.plan(id));
    }

    @POST
    @Path("/{id}/entries")
    @Idempotent
    @RolesAllowed(Roles.INSPECTION_LEAD)
    @Operation(
            operationId = "addInspectionPlanEntry",
            summary = "Add an entry to a draft plan",
            description = "Needs If-Match (428 without, 412 when stale). 409 once the plan is approved; 422 for a"
                    + " planned start outside the plan's period. Audited (add-plan-entry).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "entry", value = PlanExamples.NEW_ENTRY)))
    @APIResponse(
            responseCode = "201",
            description = "Added: Location names the entry; the body is the plan, ETag its new version",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "draft", value = PlanExamples.DRAFT)))
    public Response addEntry(
            @Parameter(description = "The plan's id") @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull NewEntry body) {
        DraftInspectionPlan.Added added = drafting.addEntry(id, Preconditions.expectedVersion(ifMatch), body.draft());
        return Response.created(URI.create(PLANS + id + "/entries/" + added.entryId()))
                .tag(Preconditions.etag(added.plan().version()))
                .entity(PlanView.of(added.plan()))
                .build();
    }

    @DELETE
    @Path("/{id}/entries/{entryId}")
    @RolesAllowed(Roles.INSPECTION_LEAD)
    @Operation(
            operationId = "removeInspectionPlanEntry",
            summary = "Remove an entry from a draft plan",
            description = "Needs If-Match (428 without, 412 when stale). 409 once the plan is approved; 404 for an"
                    + " entry the plan does not hold. Audited (remove-plan-entry).")
    @APIResponse(
            responseCode = "200",
            description = "Removed: the plan, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "draft", value = PlanExamples.DRAFT)))
    public Response removeEntry(
            @Parameter(description = "The plan's id") @PathParam("id") UUID id,
            @Parameter(description = "The entry's id") @PathParam("entryId") UUID entryId,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return view(drafting.removeEntry(id, Preconditions.expectedVersion(ifMatch), entryId));
    }

    @POST
    @Path("/{id}/approval")
    @Idempotent
    @Consumes(MediaType.WILDCARD) // no body: a bare POST with If-Match is enough
    @RolesAllowed(Roles.INSPECTION_LEAD)
    @Operation(
            operationId = "approveInspectionPlan",
            summary = "Approve a draft plan (four eyes): its inspections are proposed",
            description = "Needs If-Match (428 without, 412 when stale). Refused (422 `four-eyes`) for the lead who"
                    + " drafted it, 422 `plan-empty` without entries, 409 when already approved. In one transaction"
                    + " every entry becomes a THEMATIC inspection in DRAFT with basis PLAN, the plan's id as"
                    + " reference and the entry's id as its own id; audited (approve-inspection-plan,"
                    + " propose-inspection). An approved plan does not change.")
    @APIResponse(
            responseCode = "200",
            description = "Approved: the plan, each entry naming its inspection",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "approved", value = PlanExamples.APPROVED)))
    public Response approve(
            @Parameter(description = "The plan's id") @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return view(approval.approve(id, Preconditions.expectedVersion(ifMatch)));
    }

    private static Response view(InspectionPlan plan) {
        return Response.ok(PlanView.of(plan))
                .tag(Preconditions.etag(plan.version()))
                .build();
    }
}
