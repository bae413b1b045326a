package vn.customs.inspections.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.inspections.api.FindingViews.FindingView;
import vn.customs.inspections.api.FindingViews.NewFinding;
import vn.customs.inspections.application.FindingQueries;
import vn.customs.inspections.application.RecordFinding;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/**
 * The findings of one inspection: recorded on site by an inspector on the team (or a lead) while the inspection is
 * IN_PROGRESS or FIELDWORK_ENDED, read by leads, inspectors, unit heads and auditors. A sealed inspection is a 404
 * for all but leads.
 */
@Path("/api/v1/inspections/{id}/findings")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionFindingResource {

    private final RecordFinding recording;
    private final FindingQueries queries;

    InspectionFindingResource(RecordFinding recording, FindingQueries queries) {
        this.recording = recording;
        this.queries = queries;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR})
    @Operation(
            operationId = "recordFinding",
            summary = "Record a finding at the inspected unit",
            description = "By a lead, or an INSPECTOR on the inspection's team (else 403 not-on-team); only while the"
                    + " inspection is IN_PROGRESS or FIELDWORK_ENDED (else 409 naming its state). From CORRECTIVE up,"
                    + " the unit's head on the violation date (staffing's history, not today's head) is recorded as"
                    + " accountable. Publishes FindingRecorded.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "badge", value = FindingExamples.NEW_FINDING)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "finding", value = FindingExamples.FINDING)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull NewFinding body) {
        Finding finding = recording.record(id, body.facts());
        return Response.created(URI.create("/api/v1/findings/" + finding.id()))
                .tag(Preconditions.etag(finding.version()))
                .entity(FindingView.of(finding, List.of()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(
            operationId = "listFindings",
            summary = "The findings of an inspection, in the order recorded",
            description = "Each finding with its accountable head and its corrective actions.")
    @APIResponse(
            responseCode = "200",
            description = "A page of findings; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = FindingExamples.FINDING_PAGE)))
    public Page<FindingView> list(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(
                queries.ofInspection(id, page),
                page,
                read -> read.finding().id().toString(),
                FindingView::of,
                uri);
    }
}
