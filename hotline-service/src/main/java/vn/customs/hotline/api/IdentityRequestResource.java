package vn.customs.hotline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import vn.customs.hotline.api.CustodyViews.IdentityRequestView;
import vn.customs.hotline.api.CustodyViews.NewIdentityRequest;
import vn.customs.hotline.api.CustodyViews.Refusal;
import vn.customs.hotline.api.CustodyViews.ReporterIdentityView;
import vn.customs.hotline.application.DecideIdentityRequest;
import vn.customs.hotline.application.IdentityRequestQueries;
import vn.customs.hotline.application.ReadIdentity;
import vn.customs.hotline.application.RequestIdentity;
import vn.customs.hotline.domain.custody.IdentityRequest;
import vn.customs.hotline.domain.custody.IdentityRequestStatus;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/**
 * The custody of reporters' identities: a custodian asks to read one, with a reason; a second custodian approves or
 * refuses; only the asker reads, while the approval lasts. Every request, decision and read is in the audit chain,
 * never a value of the identity. Custodians only: handlers know the reporter by his pseudonym.
 */
@Path("/api/v1")
@Tag(name = "Identity custody")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTODIAN)
public class IdentityRequestResource {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REQUESTS = "/api/v1/identity-requests/";

    private final RequestIdentity requesting;
    private final DecideIdentityRequest deciding;
    private final ReadIdentity reading;
    private final IdentityRequestQueries queries;

    IdentityRequestResource(
            RequestIdentity requesting,
            DecideIdentityRequest deciding,
            ReadIdentity reading,
            IdentityRequestQueries queries) {
        this.requesting = requesting;
        this.deciding = deciding;
        this.reading = reading;
        this.queries = queries;
    }

    @POST
    @Path("/reports/{id}/identity-requests")
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

    @GET
    @Path("/identity-requests")
    @Operation(
            operationId = "listIdentityRequests",
            summary = "List identity requests",
            description = "In the order made; every custodian sees every request, so that a second one decides it.")
    @APIResponse(
            responseCode = "200",
            description = "A page of requests; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = CustodyExamples.IDENTITY_REQUEST_PAGE)))
    public Page<IdentityRequestView> list(
            @Parameter(
                            description = "Only requests in this state",
                            schema = @Schema(implementation = IdentityRequestStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = queries.list(QueryParams.oneOf("status", status, IdentityRequestStatus.class), page);
        return Page.of(rows, page, request -> request.id().toString(), IdentityRequestView::of, uri);
    }

    @GET
    @Path("/identity-requests/{rid}")
    @Operation(operationId = "getIdentityRequest", summary = "Read an identity request (never the identity)")
    @APIResponse(
            responseCode = "200",
            description = "The request, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IdentityRequestView.class),
                            examples = @ExampleObject(name = "request", value = CustodyExamples.IDENTITY_REQUEST)))
    @APIResponse(
            responseCode = "404",
            description = "No such request",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response read(@Parameter(description = "The request's id") @PathParam("rid") UUID requestId) {
        IdentityRequest request = queries.request(requestId);
        return withTag(request);
    }

    @POST
    @Path("/identity-requests/{rid}/approval")
    @Consumes(MediaType.WILDCARD) // no body: a script may POST without a content type
    @Operation(
            operationId = "approveIdentityRequest",
            summary = "Approve another custodian's identity request",
            description = "Needs If-Match. The requester may then read the identity for seven days. The custodian who"
                    + " made the request cannot approve it (422 `four-eyes`); a decided request is 409. Audited"
                    + " (approve-identity-request).")
    @APIResponse(
            responseCode = "200",
            description = "Approved: the request, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IdentityRequestView.class),
                            examples = @ExampleObject(name = "request", value = CustodyExamples.IDENTITY_REQUEST)))
    @APIResponse(
            responseCode = "409",
            description = "Already approved or refused",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "422",
            description = "`four-eyes`: the requester cannot decide his own request",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response approve(
            @Parameter(description = "The request's id") @PathParam("rid") UUID requestId,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return withTag(deciding.approve(requestId, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/identity-requests/{rid}/refusal")
    @Operation(
            operationId = "refuseIdentityRequest",
            summary = "Refuse another custodian's identity request",
            description = "Needs If-Match and a note saying why. The custodian who made the request cannot refuse it"
                    + " (422 `four-eyes`); a decided request is 409. Audited (refuse-identity-request).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "refusal", value = CustodyExamples.REFUSAL)))
    @APIResponse(
            responseCode = "200",
            description = "Refused: the request, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IdentityRequestView.class),
                            examples = @ExampleObject(name = "request", value = CustodyExamples.IDENTITY_REQUEST)))
    @APIResponse(
            responseCode = "409",
            description = "Already approved or refused",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "422",
            description = "`four-eyes`: the requester cannot decide his own request",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response refuse(
            @Parameter(description = "The request's id") @PathParam("rid") UUID requestId,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull Refusal body) {
        return withTag(deciding.refuse(requestId, Preconditions.expectedVersion(ifMatch), body.note()));
    }

    @GET
    @Path("/identity-requests/{rid}/identity")
    @Operation(
            operationId = "readReporterIdentity",
            summary = "Read the reporter's identity under an approved request",
            description = "Only the custodian who made the request, once a second one approved it and for seven days"
                    + " after (403 `not-the-requester` for anyone else; 409 before approval or after refusal; 422"
                    + " `approval-expired`). Each read is counted on the request and audited"
                    + " (read-reporter-identity); the answer is never cached (`Cache-Control: no-store`).")
    @APIResponse(
            responseCode = "200",
            description = "The identity as the reporter gave it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReporterIdentityView.class),
                            examples = @ExampleObject(name = "identity", value = CustodyExamples.REPORTER_IDENTITY)))
    @APIResponse(
            responseCode = "403",
            description = "`not-the-requester`, or not a custodian",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "409",
            description = "Not approved (yet), or refused",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "422",
            description = "`approval-expired`: make a new request",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response identity(@Parameter(description = "The request's id") @PathParam("rid") UUID requestId) {
        return Response.ok(ReporterIdentityView.of(reading.read(requestId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    private static Response withTag(IdentityRequest request) {
        return Response.ok(IdentityRequestView.of(request))
                .tag(Preconditions.etag(request.version()))
                .build();
    }
}
