package vn.customs.hotline.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.hotline.api.ReportBodies.NewReport;
import vn.customs.hotline.api.ReportViews.Filed;
import vn.customs.hotline.application.FileReport;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;

/**
 * A report is filed, by the reporter on the web or by an operator who records a call, a visit, a letter or an e-mail.
 * Its own class at {@code /api/v1/reports}: RESTEasy Reactive routes a request to the root resource whose path matches
 * it most specifically, so a method {@code /reports} under {@code /api/v1} is never reached while {@link
 * ReportResource} sits at {@code /api/v1/reports} (POST answered 405). Classes with the same path share it.
 */
@Path("/api/v1/reports")
@Tag(name = "Reporting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportFilingResource {

    private final FileReport filing;
    private final Caller caller;

    ReportFilingResource(FileReport filing, Caller caller) {
        this.filing = filing;
        this.caller = caller;
    }

    // Not @Idempotent: a stored answer would keep the receipt, which is shown once and never stored in clear.
    @POST
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
}
