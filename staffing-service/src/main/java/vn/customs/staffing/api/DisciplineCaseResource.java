package vn.customs.staffing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.net.URI;
import java.time.LocalDate;
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
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;
import vn.customs.staffing.api.StaffingViews.DisciplineCaseView;
import vn.customs.staffing.application.ChangeSuspension;
import vn.customs.staffing.application.CloseDisciplineCase;
import vn.customs.staffing.application.DisciplineCaseQueries;
import vn.customs.staffing.application.OpenDisciplineCase;
import vn.customs.staffing.domain.discipline.CaseOutcome;
import vn.customs.staffing.domain.discipline.CaseStatus;
import vn.customs.staffing.domain.discipline.DisciplineCase;

/** Discipline cases: opened by personnel or by other services' events, closed with an outcome. */
@Path("/api/v1/discipline-cases")
@Tag(name = "Discipline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisciplineCaseResource {

    /** A case personnel opens itself. */
    public record NewCase(
            @NotNull UUID officerId,
            @NotBlank @Size(max = 1000) String reason,
            boolean suspended) {}

    /** How the case ended. */
    public record Closure(@NotNull CaseOutcome outcome) {}

    /** Set (true) or lift (false) the case's suspension, from a day (default today), for a reason. */
    public record Suspension(
            @NotNull Boolean suspended,
            LocalDate from,
            @NotBlank @Size(max = 1000) String reason) {}

    private final OpenDisciplineCase opening;
    private final CloseDisciplineCase closing;
    private final ChangeSuspension suspensions;
    private final DisciplineCaseQueries queries;

    DisciplineCaseResource(
            OpenDisciplineCase opening,
            CloseDisciplineCase closing,
            ChangeSuspension suspensions,
            DisciplineCaseQueries queries) {
        this.opening = opening;
        this.closing = closing;
        this.suspensions = suspensions;
        this.queries = queries;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "openDisciplineCase",
            summary = "Open a discipline case",
            description =
                    "The officer is under review (not rotated) while it is open; a suspending case also keeps him from"
                            + " declarations and sensitive posts. Publishes DisciplineCaseOpened.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "case", value = StaffingExamples.NEW_DISCIPLINE_CASE)))
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "case", value = StaffingExamples.DISCIPLINE_CASE)))
    public Response open(@Valid @NotNull NewCase body) {
        DisciplineCase opened = opening.open(body.officerId(), body.reason(), body.suspended());
        return Response.created(URI.create("/api/v1/discipline-cases/" + opened.id()))
                .tag(Preconditions.etag(opened.version()))
                .entity(DisciplineCaseView.of(opened))
                .build();
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "listDisciplineCases", summary = "List discipline cases")
    @APIResponse(
            responseCode = "200",
            description = "A page of cases; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = StaffingExamples.DISCIPLINE_CASE_PAGE)))
    public Page<DisciplineCaseView> list(
            @Parameter(description = "An officer id", schema = @Schema(implementation = UUID.class))
                    @QueryParam("officerId")
                    String officerId,
            @Parameter(description = "OPEN or CLOSED", schema = @Schema(implementation = CaseStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = queries
                .cases(
                        QueryParams.uuid("officerId", officerId),
                        QueryParams.oneOf("status", status, CaseStatus.class),
                        page)
                .stream()
                .map(DisciplineCaseView::of)
                .collect(Collectors.toList());
        return Page.of(rows, page, view -> view.id().toString(), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "getDisciplineCase", summary = "Read a discipline case")
    @APIResponse(
            responseCode = "200",
            description = "The case, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "case", value = StaffingExamples.DISCIPLINE_CASE)))
    public Response read(@PathParam("id") UUID id) {
        DisciplineCase found = queries.disciplineCase(id);
        return Response.ok(DisciplineCaseView.of(found))
                .tag(Preconditions.etag(found.version()))
                .build();
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "closeDisciplineCase",
            summary = "Close a discipline case with its outcome",
            description =
                    "Needs If-Match. The officer's review and suspension follow his remaining open cases. Publishes"
                            + " DisciplineCaseClosed.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(name = "closure", value = StaffingExamples.DISCIPLINE_CASE_CLOSURE)))
    @APIResponse(
            responseCode = "200",
            description = "The closed case",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "case", value = StaffingExamples.DISCIPLINE_CASE)))
    public Response close(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull Closure body) {
        DisciplineCase closed = closing.close(id, Preconditions.expectedVersion(ifMatch), body.outcome());
        return Response.ok(DisciplineCaseView.of(closed))
                .tag(Preconditions.etag(closed.version()))
                .build();
    }

    @POST
    @Path("/{id}/suspension")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "changeDisciplineSuspension",
            summary = "Set or lift the suspension of an open case",
            description = "Needs If-Match. While the case is open (409 once closed; 422 when it already is as asked):"
                    + " a suspended officer processes no declarations and goes to no sensitive post. Publishes"
                    + " SuspensionChanged with whether the officer is suspended afterwards (another open case may"
                    + " still suspend him).")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(name = "suspend", value = StaffingExamples.DISCIPLINE_CASE_SUSPEND)))
    @APIResponse(
            responseCode = "200",
            description = "The case, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "case", value = StaffingExamples.DISCIPLINE_CASE)))
    public Response changeSuspension(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull Suspension body) {
        DisciplineCase changed = suspensions.change(
                id,
                Preconditions.expectedVersion(ifMatch),
                new ChangeSuspension.Command(body.suspended(), body.from(), body.reason()));
        return Response.ok(DisciplineCaseView.of(changed))
                .tag(Preconditions.etag(changed.version()))
                .build();
    }
}
