package vn.customs.hotline.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.hotline.api.ReportBodies.NewReport;
import vn.customs.hotline.api.ReportBodies.ReporterMessage;
import vn.customs.hotline.api.ReportBodies.Withdrawal;
import vn.customs.hotline.api.ReportViews.Filed;
import vn.customs.hotline.api.ReportViews.ReporterView;
import vn.customs.hotline.application.FileReport;
import vn.customs.hotline.application.FollowReport;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.Problems;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;

/**
 * The public side of the hotline: no account. A report is filed (by the reporter on the web, or by an operator who
 * records a call, a visit, a letter or an e-mail) and then followed with the receipt alone, sent in the
 * {@code Report-Receipt} header (never in the URL, which proxies and logs keep).
 */
@Path("/api/v1")
@Tag(name = "Reporting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicReportResource {

    static final String RECEIPT = "Report-Receipt";

    private final FileReport filing;
    private final FollowReport following;
    private final ReceiptGuard guard;
    private final Caller caller;

    PublicReportResource(FileReport filing, FollowReport following, ReceiptGuard guard, Caller caller) {
        this.filing = filing;
        this.following = following;
        this.guard = guard;
        this.caller = caller;
    }

    // Not @Idempotent: a stored answer would keep the receipt, which is shown once and never stored in clear.
    @POST
    @Path("/reports")
    @PermitAll
    @Operation(
            operationId = "fileReport",
            summary = "File a report about an officer or a unit",
            description = "No account is needed. ANONYMOUS reports give no identity; CONFIDENTIAL and IDENTIFIED ones"
                    + " give it, sealed at once (handlers see a pseudonym; only the custodian opens it after a second"
                    + " person approved). The answer holds the receipt, shown this once, and a proof of report signed"
                    + " by the service (verify it at POST /api/v1/report-proofs/verification). An intake channel other"
                    + " than WEB is recorded by a HOTLINE_HANDLER. Publishes ReportReceived, which carries no content.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "anonymous", value = HotlineExamples.NEW_REPORT)))
    @APIResponse(
            responseCode = "201",
            description = "Received: keep the receipt",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "filed", value = HotlineExamples.FILED)))
    public Response file(@Valid @NotNull NewReport body) {
        String operator = null;
        if (body.channel().recordedByOperator()) {
            if (!caller.hasRole(Roles.HOTLINE_HANDLER)) {
                throw new AccessRefusedException(
                        "operator-only",
                        "Only a hotline operator records a report taken by phone, visit, post or e-mail.");
            }
            operator = caller.subject();
        }
        if (body.reporterMode().givesIdentity() != (body.identity() != null)) {
            throw new RequestProblemException(
                    422,
                    "validation",
                    body.identity() == null
                            ? "A " + body.reporterMode() + " report gives the reporter's identity."
                            : "An ANONYMOUS report gives no identity.",
                    List.of(new Problem.FieldError(
                            "/identity", body.identity() == null ? "required" : "must be absent when anonymous")));
        }
        FileReport.Filed filed = filing.file(
                body.channel(),
                operator,
                body.reporterMode(),
                body.identity() == null ? null : body.identity().toIdentity(),
                body.facts());
        return Response.created(URI.create("/api/v1/report-follow-up"))
                .header("Cache-Control", "no-store")
                .entity(Filed.of(filed))
                .build();
    }

    @GET
    @Path("/report-follow-up")
    @PermitAll
    @Operation(
            operationId = "followReport",
            summary = "Read a report with its receipt",
            description = "Where the report stands, in plain words, and the messages meant for the reporter. A wrong,"
                    + " unknown or malformed receipt gets the same 404; too many of them from one client or for one"
                    + " report get 429 with Retry-After.")
    @APIResponse(
            responseCode = "200",
            description = "The report as its reporter reads it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.REPORTER_VIEW)))
    public Response follow(
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = RECEIPT,
                            required = true,
                            description = "The receipt",
                            schema = @Schema(maxLength = 40))
                    @HeaderParam(RECEIPT)
                    String receipt,
            @Context HttpServerRequest request,
            @Context UriInfo uri) {
        return guarded(receipt, request, uri, () -> ReporterView.of(following.read(receipt)));
    }

    @POST
    @Path("/report-follow-up/messages")
    @PermitAll
    @Operation(operationId = "answerReport", summary = "Answer on a report with its receipt")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "answer", value = HotlineExamples.REPORTER_MESSAGE)))
    @APIResponse(
            responseCode = "200",
            description = "The report with the answer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.REPORTER_VIEW)))
    public Response answer(
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = RECEIPT,
                            required = true,
                            description = "The receipt",
                            schema = @Schema(maxLength = 40))
                    @HeaderParam(RECEIPT)
                    String receipt,
            @Valid @NotNull ReporterMessage body,
            @Context HttpServerRequest request,
            @Context UriInfo uri) {
        return guarded(receipt, request, uri, () -> ReporterView.of(following.answer(receipt, body.text())));
    }

    @POST
    @Path("/report-follow-up/withdrawal")
    @PermitAll
    @Operation(
            operationId = "withdrawComplaint",
            summary = "Withdraw a complaint with its receipt",
            description = "Only a COMPLAINT; in part (name the part) from 1 July 2026, in whole without a part.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "part", value = HotlineExamples.WITHDRAWAL)))
    @APIResponse(
            responseCode = "200",
            description = "The report after the withdrawal",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.REPORTER_VIEW)))
    public Response withdraw(
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = RECEIPT,
                            required = true,
                            description = "The receipt",
                            schema = @Schema(maxLength = 40))
                    @HeaderParam(RECEIPT)
                    String receipt,
            @Valid @NotNull Withdrawal body,
            @Context HttpServerRequest request,
            @Context UriInfo uri) {
        return guarded(receipt, request, uri, () -> ReporterView.of(following.withdraw(receipt, body.part())));
    }

    /** Runs a receipt-checked action under the guessing limits; a refusal counts against the client and the report. */
    Response guarded(String receipt, HttpServerRequest request, UriInfo uri, Supplier<Object> action) {
        String client = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        Optional<String> lookup = FollowReport.lookupOf(receipt);
        Optional<Duration> wait = guard.lockedFor(client, lookup);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Response.fromResponse(Problems.response(
                            429,
                            "too-many-attempts",
                            "Too Many Requests",
                            "Too many receipts that open no report; try again in " + seconds + " s.",
                            uri))
                    .header("Retry-After", seconds)
                    .build();
        }
        try {
            return Response.ok(action.get()).header("Cache-Control", "no-store").build();
        } catch (UnknownObjectException refused) {
            guard.failed(client, lookup);
            throw refused;
        }
    }
}
