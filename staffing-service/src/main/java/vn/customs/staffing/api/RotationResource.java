package vn.customs.staffing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import vn.customs.staffing.api.StaffingViews.RotationPlanView;
import vn.customs.staffing.api.StaffingViews.RotationStandingView;
import vn.customs.staffing.application.ApproveRotationPlan;
import vn.customs.staffing.application.CallerScope;
import vn.customs.staffing.application.CreateRotationPlan;
import vn.customs.staffing.application.ExecuteRotationPlan;
import vn.customs.staffing.application.FindRotationStandings;
import vn.customs.staffing.application.PinOfficerInRotationPlan;
import vn.customs.staffing.application.ResolveRotationPlan;
import vn.customs.staffing.application.RotationPlanQueries;
import vn.customs.staffing.domain.organisation.PostFunction;
import vn.customs.staffing.domain.rotation.PlanStatus;
import vn.customs.staffing.domain.rotation.RotationPlan;

/** Anti-corruption rotation: who is due, and rotation plans from proposal to executed postings. */
@Path("/api/v1")
@Tag(name = "Rotation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RotationResource {

    /** A plan for a period over some units (none: the whole department). */
    public record NewPlan(
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,

            @Size(max = 50)
            List<
                            @NotBlank @Pattern(regexp = Bounds.UNIT_CODE, message = "a unit code")
                            @Size(max = Bounds.UNIT_CODE_MAX_LENGTH) // for the document: the pattern's longest
                            String>
                    unitCodes,

            @Min(1) @Max(300) Integer timeLimitSeconds) {}

    /** Fix an officer to a post in the plan. */
    public record NewPin(@NotNull UUID officerId, @NotNull UUID postId) {}

    /** Execute the approved plan under one decision, from a date within its period. */
    public record Execution(
            @NotBlank @Size(max = 64) String decisionNumber,
            @NotNull LocalDate effectiveFrom) {}

    private final FindRotationStandings standings;
    private final CreateRotationPlan creation;
    private final PinOfficerInRotationPlan pinning;
    private final ResolveRotationPlan resolving;
    private final ApproveRotationPlan approval;
    private final ExecuteRotationPlan execution;
    private final RotationPlanQueries queries;
    private final CallerScope scope;
    private final Today today;

    RotationResource(
            FindRotationStandings standings,
            CreateRotationPlan creation,
            PinOfficerInRotationPlan pinning,
            ResolveRotationPlan resolving,
            ApproveRotationPlan approval,
            ExecuteRotationPlan execution,
            RotationPlanQueries queries,
            CallerScope scope,
            Today today) {
        this.standings = standings;
        this.creation = creation;
        this.pinning = pinning;
        this.resolving = resolving;
        this.approval = approval;
        this.execution = execution;
        this.queries = queries;
        this.scope = scope;
        this.today = today;
    }

    @GET
    @Path("/rotation-standings")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "listRotationStandings",
            summary = "Officers due or overdue for rotation",
            description =
                    "Officers on sensitive posts within the warning window of their rotation date (DUE) or past it"
                            + " (OVERDUE) on `on` (default today), soonest first, with the exemption that applies if any.")
    @APIResponse(
            responseCode = "200",
            description = "The standings",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "overdue", value = StaffingExamples.ROTATION_STANDINGS)))
    public List<RotationStandingView> standings(
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit,
            @Parameter(
                            description = "A post function",
                            example = "CLEARANCE",
                            schema = @Schema(implementation = PostFunction.class))
                    @QueryParam("function")
                    String function,
            @Parameter(ref = SharedParameters.ON) @QueryParam("on") String on,
            @Parameter(ref = SharedParameters.KNOWN_AT) @QueryParam("knownAt") String knownAt) {
        return standings
                .on(
                        QueryParams.date("on", on, today.date()),
                        Bounds.matching("unit", unit, Bounds.UNIT_CODE, "a unit code such as HUU_NGHI"),
                        QueryParams.oneOf("function", function, PostFunction.class),
                        QueryParams.instant("knownAt", knownAt))
                .stream()
                .filter(standing -> scope.sees(standing.posting().unitCode()))
                .map(RotationStandingView::of)
                .collect(Collectors.toList());
    }

    @POST
    @Path("/rotation-plans")
    @Idempotent
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "createRotationPlan",
            summary = "Create a rotation plan",
            description =
                    "Answers 202 at once with the plan in DRAFT; the solver (Timefold) works in the background within"
                            + " the time limit (default from configuration). Poll the plan until it is OPTIMIZED.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "quarter", value = StaffingExamples.NEW_ROTATION_PLAN)))
    @APIResponse(
            responseCode = "202",
            description = "Accepted; Location names the plan to poll",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "draft", value = StaffingExamples.ROTATION_DRAFT)))
    public Response create(@Valid @NotNull NewPlan body) {
        RotationPlan plan = creation.create(
                body.periodFrom(),
                body.periodTo(),
                body.unitCodes() == null ? List.of() : body.unitCodes(),
                body.timeLimitSeconds());
        return Response.accepted(RotationPlanView.of(plan))
                .location(URI.create("/api/v1/rotation-plans/" + plan.id()))
                .tag(Preconditions.etag(plan.version()))
                .build();
    }

    @GET
    @Path("/rotation-plans")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD})
    @Operation(operationId = "listRotationPlans", summary = "List rotation plans")
    @APIResponse(
            responseCode = "200",
            description = "A page of plans; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = StaffingExamples.ROTATION_PAGE)))
    public Page<RotationPlanView> plans(
            @Parameter(
                            description = "DRAFT, OPTIMIZED, APPROVED or EXECUTED",
                            schema = @Schema(implementation = PlanStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = queries.plans(QueryParams.oneOf("status", status, PlanStatus.class), page).stream()
                .map(RotationPlanView::of)
                .collect(Collectors.toList());
        return Page.of(rows, page, view -> view.id().toString(), uri);
    }

    @GET
    @Path("/rotation-plans/{id}")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD})
    @Operation(
            operationId = "getRotationPlan",
            summary = "Read a rotation plan and its proposal",
            description = "Every move carries its reasons; every due officer who stays carries his legal exemption.")
    @APIResponse(
            responseCode = "200",
            description = "The plan, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "optimized", value = StaffingExamples.ROTATION_PLAN)))
    public Response plan(@PathParam("id") UUID id) {
        RotationPlan plan = queries.plan(id);
        return Response.ok(RotationPlanView.of(plan))
                .tag(Preconditions.etag(plan.version()))
                .build();
    }

    @POST
    @Path("/rotation-plans/{id}/pins")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "pinOfficerInRotationPlan",
            summary = "Pin an officer to a post",
            description = "Needs If-Match. The plan goes back to DRAFT and is"
                    + " solved again; every later solve keeps the pin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "pin", value = StaffingExamples.ROTATION_PIN)))
    @APIResponse(
            responseCode = "202",
            description = "Accepted; the plan is being solved again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "draft", value = StaffingExamples.ROTATION_PLAN)))
    public Response pin(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull NewPin body) {
        return accepted(pinning.pin(id, Preconditions.expectedVersion(ifMatch), body.officerId(), body.postId()));
    }

    @POST
    @Path("/rotation-plans/{id}/solve")
    @Consumes(MediaType.WILDCARD) // no body: a script may POST without a content type
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "solveRotationPlan",
            summary = "Solve a plan again",
            description = "Needs If-Match; keeps the pins.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; the plan is being solved again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "draft", value = StaffingExamples.ROTATION_PLAN)))
    public Response resolve(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return accepted(resolving.resolve(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/rotation-plans/{id}/approval")
    @Consumes(MediaType.WILDCARD) // no body: a script may POST without a content type
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "approveRotationPlan",
            summary = "Approve an optimized plan (four eyes)",
            description = "Needs If-Match. Refused (422) for the person who created the plan, and for a proposal that"
                    + " breaks a hard rule.")
    @APIResponse(
            responseCode = "200",
            description = "The approved plan",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "approved", value = StaffingExamples.ROTATION_PLAN)))
    public Response approve(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        RotationPlan plan = queries.plan(
                approval.approve(id, Preconditions.expectedVersion(ifMatch)).id());
        return Response.ok(RotationPlanView.of(plan))
                .tag(Preconditions.etag(plan.version()))
                .build();
    }

    @POST
    @Path("/rotation-plans/{id}/execution")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "executeRotationPlan",
            summary = "Execute an approved plan as postings",
            description =
                    "Needs If-Match. One transaction: every move becomes a PERIODIC_ROTATION posting under the one"
                            + " decision number, from `effectiveFrom`; the events go out through the outbox.")
    @RequestBody(
            content =
                    @Content(
                            examples = @ExampleObject(name = "execution", value = StaffingExamples.ROTATION_EXECUTION)))
    @APIResponse(
            responseCode = "200",
            description = "The executed plan",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "executed", value = StaffingExamples.ROTATION_PLAN)))
    public Response execute(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull Execution body) {
        RotationPlan plan = queries.plan(execution
                .execute(id, Preconditions.expectedVersion(ifMatch), body.decisionNumber(), body.effectiveFrom())
                .id());
        return Response.ok(RotationPlanView.of(plan))
                .tag(Preconditions.etag(plan.version()))
                .build();
    }

    /** The plan as committed, read again in this request's persistence context (its entries load lazily). */
    private Response accepted(RotationPlan changed) {
        RotationPlan plan = queries.plan(changed.id());
        return Response.accepted(RotationPlanView.of(plan))
                .location(URI.create("/api/v1/rotation-plans/" + plan.id()))
                .tag(Preconditions.etag(plan.version()))
                .build();
    }
}
