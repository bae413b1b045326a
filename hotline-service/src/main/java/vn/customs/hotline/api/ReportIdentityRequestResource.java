package vn.customs.hotline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import vn.customs.hotline.api.CustodyViews.IdentityRequestView;
import vn.customs.hotline.api.CustodyViews.NewIdentityRequest;
import vn.customs.hotline.application.RequestIdentity;
import vn.customs.hotline.domain.custody.IdentityRequest;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.security.Roles;

/**
 * A custodian asks to read a report's reporter identity, with a reason; a second custodian decides the request
 * ({@link IdentityRequestResource}). Its own class because {@link ReportResource} owns {@code /api/v1/reports}, and
 * JAX-RS looks for a method only in the class with the longest matching path.
 */
@Path("/api/v1/reports/{id}/identity-requests")
@Tag(name = "Identity custody")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTODIAN)
public class ReportIdentityRequestResource {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REQUESTS = "/api/v1/identity-requests/";

    private final RequestIdentity requesting;

    ReportIdentityRequestResource(RequestIdentity requesting) {
        this.requesting = requesting;
    }

    @POST
    @Idempotent
    @Operation(
            operationId = "requestReporterIdentity",
            summary = "Ask to read a report's reporter identity",
            description = "Records the request with its reason (audited: request-reporter-identity); a second"
                    + " custodian decides it. 404 for an unknown report; 422 `anonymous-report` when the report was"
                    + " filed without an identity.")
    @RequestBody(
            content =
                    @Content(examples = @ExampleObject(name = "request", value = CustodyExamples.NEW_IDENTITY_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Requested: Location names the request, ETag versions it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IdentityRequestView.class),
                            examples = @ExampleObject(name = "request", value = CustodyExamples.IDENTITY_REQUEST)))
    @APIResponse(
            responseCode = "404",
            description = "No such report",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "422",
            description = "`anonymous-report`: the report holds no identity",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response request(
            @Parameter(description = "The report's id") @PathParam("id") UUID reportId,
            @Valid @NotNull NewIdentityRequest body) {
        IdentityRequest request = requesting.request(reportId, body.reason());
        return Response.created(URI.create(REQUESTS + request.id()))
                .tag(Preconditions.etag(request.version()))
                .entity(IdentityRequestView.of(request))
                .build();
    }
}
