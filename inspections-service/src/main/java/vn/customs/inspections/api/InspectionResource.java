package vn.customs.inspections.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.inspections.api.InspectionBodies.Conclusion;
import vn.customs.inspections.api.InspectionBodies.Decision;
import vn.customs.inspections.api.InspectionBodies.Extension;
import vn.customs.inspections.api.InspectionBodies.NewInspection;
import vn.customs.inspections.api.InspectionBodies.ScheduleBody;
import vn.customs.inspections.api.InspectionBodies.SealOpening;
import vn.customs.inspections.api.InspectionBodies.TeamBody;
import vn.customs.inspections.application.ConcludeInspection;
import vn.customs.inspections.application.InspectionQueries;
import vn.customs.inspections.application.PrepareInspection;
import vn.customs.inspections.application.ProposeInspection;
import vn.customs.inspections.application.RunInspection;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionStatus;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/**
 * Inspections: proposed, prepared (team, schedule, decision), run and concluded by INSPECTION_LEAD; read by the
 * inspectorate, unit heads, auditors and dashboards. A SURPRISE inspection is sealed until it starts: for everyone but
 * INSPECTION_LEAD it does not exist (404, never 403; absent from every list). Every change needs If-Match.
 */
@Path("/api/v1/inspections")
@Tag(name = "Inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INSPECTION_LEAD)
public class InspectionResource {

    private final ProposeInspection proposals;
    private final PrepareInspection preparation;
    private final RunInspection fieldwork;
    private final ConcludeInspection conclusion;
    private final InspectionQueries queries;

    InspectionResource(
            ProposeInspection proposals,
            PrepareInspection preparation,
            RunInspection fieldwork,
            ConcludeInspection conclusion,
            InspectionQueries queries) {
        this.proposals = proposals;
        this.preparation = preparation;
        this.fieldwork = fieldwork;
        this.conclusion = conclusion;
        this.queries = queries;
    }

    @POST
    @Idempotent
    @Operation(
            operationId = "proposeInspection",
            summary = "Propose an inspection (DRAFT)",
            description =
                    "THEMATIC rests on PLAN or DIRECTIVE, SURPRISE on RISK_DRAW or DIRECTIVE, TARGETED on REPORT or"
                            + " DIRECTIVE. A SURPRISE inspection is sealed from now until it starts: nothing about it is"
                            + " published, listed or counted for anyone but INSPECTION_LEAD.")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "surprise", value = InspectionsExamples.NEW_SURPRISE),
                                @ExampleObject(name = "targeted", value = InspectionsExamples.NEW_TARGETED)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Proposed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "inspection", value = InspectionsExamples.INSPECTION)))
    public Response propose(@Valid @NotNull NewInspection body) {
        Inspection inspection = proposals.propose(body.toProposal());
        return Response.created(URI.create("/api/v1/inspections/" + inspection.id()))
                .entity(InspectionView.of(inspection))
                .tag(Preconditions.etag(inspection.version()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD})
    @Operation(
            operationId = "listInspections",
            summary = "Inspections, in the order they were proposed",
            description = "By type, status, unit and planned start. Sealed surprise inspections are listed for"
                    + " INSPECTION_LEAD only.")
    @APIResponse(
            responseCode = "200",
            description = "A page of inspections; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = InspectionsExamples.PAGE)))
    public Page<InspectionView> list(
            @Parameter(description = "A type", schema = @Schema(implementation = InspectionType.class))
                    @QueryParam("type")
                    String type,
            @Parameter(description = "A status", schema = @Schema(implementation = InspectionStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit,
            @Parameter(ref = SharedParameters.FROM) @QueryParam("from") String from,
            @Parameter(ref = SharedParameters.TO) @QueryParam("to") String to,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        InspectionQueries.Filter filter = new InspectionQueries.Filter(
                QueryParams.oneOf("type", type, InspectionType.class),
                QueryParams.oneOf("status", status, InspectionStatus.class),
                QueryParams.unit("unit", unit),
                QueryParams.date("from", from, null),
                QueryParams.date("to", to, null));
        return Page.of(
                queries.list(filter, page).stream().map(InspectionView::of).toList(),
                page,
                view -> view.id().toString(),
                uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD})
    @Operation(operationId = "getInspection", summary = "One inspection (404 for a sealed one, unless a lead asks)")
    @APIResponse(
            responseCode = "200",
            description = "The inspection",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "inspection", value = InspectionsExamples.INSPECTION)))
    public Response get(@PathParam("id") UUID id) {
        return view(queries.one(id));
    }

    @PUT
    @Path("/{id}/team")
    @Operation(
            operationId = "assignInspectionTeam",
            summary = "Seat the team (before the start)",
            description = "Officers with the INSPECTION function only; refused (422, each officer with his reasons)"
                    + " for anyone posted at the target unit now or within the lookback, with a declared relative"
                    + " there, or on the team of the unit's previous inspection.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "team", value = InspectionsExamples.TEAM)))
    @APIResponse(responseCode = "200", description = "Seated")
    public Response assignTeam(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TeamBody body) {
        return view(preparation.assignTeam(id, Preconditions.expectedVersion(ifMatch), body.toTeam()));
    }

    @PUT
    @Path("/{id}/schedule")
    @Operation(
            operationId = "rescheduleInspection",
            summary = "Move the planned start or the duration (before the start)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "schedule", value = InspectionsExamples.SCHEDULE)))
    @APIResponse(responseCode = "200", description = "Rescheduled")
    public Response reschedule(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScheduleBody body) {
        return view(preparation.reschedule(
                id, Preconditions.expectedVersion(ifMatch), body.plannedStart(), body.durationDays()));
    }

    @POST
    @Path("/{id}/decision")
    @Operation(
            operationId = "decideInspection",
            summary = "Decide the inspection under its decision number",
            description = "The team is screened again. A surprise inspection stays sealed.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "decision", value = InspectionsExamples.DECISION)))
    @APIResponse(responseCode = "200", description = "Decided")
    public Response decide(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Decision body) {
        return view(preparation.decide(id, Preconditions.expectedVersion(ifMatch), body.decisionNumber()));
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "startInspection",
            summary = "The team is at the unit: start",
            description =
                    "Opens a surprise inspection's seal and publishes InspectionStarted, the first event about it.")
    @APIResponse(responseCode = "200", description = "Started")
    public Response start(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(fieldwork.start(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/extension")
    @Operation(operationId = "extendInspection", summary = "Extend the fieldwork once, by at most its duration")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "extension", value = InspectionsExamples.EXTENSION)))
    @APIResponse(responseCode = "200", description = "Extended")
    public Response extend(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Extension body) {
        return view(fieldwork.extend(id, Preconditions.expectedVersion(ifMatch), body.days(), body.reason()));
    }

    @POST
    @Path("/{id}/fieldwork-end")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "endInspectionFieldwork", summary = "The team has left the unit")
    @APIResponse(responseCode = "200", description = "Fieldwork ended")
    public Response endFieldwork(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(fieldwork.endFieldwork(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/conclusion")
    @Operation(
            operationId = "concludeInspection",
            summary = "Conclude",
            description = "Publishes InspectionConcluded with the number of findings, and the report's id when a"
                    + " hotline report asked for the inspection (the reporter reads the outcome).")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "conclusion", value = InspectionsExamples.CONCLUSION)))
    @APIResponse(responseCode = "200", description = "Concluded")
    public Response conclude(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Conclusion body) {
        return view(conclusion.conclude(id, Preconditions.expectedVersion(ifMatch), body.conclusion()));
    }

    @POST
    @Path("/{id}/follow-up")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "beginInspectionFollowUp", summary = "Follow up the corrective actions ordered")
    @APIResponse(responseCode = "200", description = "Following up")
    public Response beginFollowUp(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(conclusion.beginFollowUp(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "closeInspection",
            summary = "Close the file",
            description = "Refused (422 actions-unsettled) while a corrective action is not verified.")
    @APIResponse(responseCode = "200", description = "Closed")
    public Response close(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(conclusion.close(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/seal-opening")
    @Operation(
            operationId = "openInspectionSeal",
            summary = "Open a surprise inspection's seal before it starts",
            description = "An audited decision with its reason: from now on others may learn of the inspection.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "reason", value = InspectionsExamples.SEAL_OPENING)))
    @APIResponse(responseCode = "200", description = "Seal opened")
    public Response openSeal(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SealOpening body) {
        return view(preparation.openSealEarly(id, Preconditions.expectedVersion(ifMatch), body.reason()));
    }

    private static Response view(Inspection inspection) {
        return Response.ok(InspectionView.of(inspection))
                .tag(Preconditions.etag(inspection.version()))
                .build();
    }
}
