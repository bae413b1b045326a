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
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.hotline.api.ReportBodies.ReporterMessage;
import vn.customs.hotline.api.ReportBodies.Withdrawal;
import vn.customs.hotline.api.ReportViews.ReporterView;
import vn.customs.hotline.application.FollowReport;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.http.Problems;

/**
 * The reporter's side of a filed report: no account, the receipt alone, sent in the {@code Report-Receipt} header
 * (never in the URL, which proxies and logs keep). Filing itself is {@code POST /api/v1/reports} (ReportResource).
 */
@Path("/api/v1/report-follow-up")
@SecurityScheme(
        securitySchemeName = "reportReceipt",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = "Report-Receipt",
        description = "The receipt the filing answered with, shown once: the reporter's only key to his report.")
@SecurityRequirement(name = "reportReceipt")
@Tag(name = "Reporting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    static final String RECEIPT = "Report-Receipt";

    private final FollowReport following;
    private final ReceiptGuard guard;

    FollowUpResource(FollowReport following, ReceiptGuard guard) {
        this.following = following;
        this.guard = guard;
    }

    @GET
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
    @Path("/messages")
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
    @Path("/withdrawal")
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

    @POST
    @Path("/evidence")
    @PermitAll
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "image/jpeg", "image/png", "application/pdf", MediaType.TEXT_PLAIN})
    @Operation(
            operationId = "addEvidenceWithReceipt",
            summary = "Add evidence to a report with its receipt",
            description = "The file's bytes as the body. Its type is decided by its content, not its name or declared"
                    + " type: JPEG or PNG (rebuilt without EXIF/GPS and other metadata), PDF without active content, or"
                    + " plain UTF-8 text; anything else is refused (422). At most 4,000,000 bytes and 20 pieces a report."
                    + " Evidence is never served back on the public side.")
    @APIResponse(
            responseCode = "200",
            description = "Stored: what was kept (type, size, hash, whether metadata was removed)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "evidence", value = HotlineExamples.REPORTER_EVIDENCE)))
    public Response addEvidence(
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = RECEIPT,
                            required = true,
                            description = "The receipt",
                            schema = @Schema(maxLength = 40))
                    @HeaderParam(RECEIPT)
                    String receipt,
            @RequestBody(
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(
                                                            type =
                                                                    org.eclipse.microprofile.openapi.annotations.enums
                                                                            .SchemaType.STRING,
                                                            format = "binary",
                                                            maxLength = 4_000_000)))
                    byte[] content,
            @Context HttpServerRequest request,
            @Context UriInfo uri) {
        return guarded(receipt, request, uri, () -> {
            var stored = following.addEvidence(receipt, content == null ? new byte[0] : content);
            // the reporter learns what was kept, not where: evidence is never served back on the public side
            return java.util.Map.of(
                    "mediaType", stored.mediaType(),
                    "sizeBytes", stored.sizeBytes(),
                    "sha256", stored.sha256(),
                    "metadataRemoved", stored.metadataRemoved());
        });
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
