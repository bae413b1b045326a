package vn.customs.hotline.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.hotline.api.ReportBodies.Acceptance;
import vn.customs.hotline.api.ReportBodies.Accused;
import vn.customs.hotline.api.ReportBodies.ActionDone;
import vn.customs.hotline.api.ReportBodies.Conclusion;
import vn.customs.hotline.api.ReportBodies.Extension;
import vn.customs.hotline.api.ReportBodies.HandlerMessage;
import vn.customs.hotline.api.ReportBodies.Handlers;
import vn.customs.hotline.api.ReportBodies.NewAction;
import vn.customs.hotline.api.ReportBodies.NewReport;
import vn.customs.hotline.api.ReportBodies.NonAcceptance;
import vn.customs.hotline.api.ReportBodies.Reason;
import vn.customs.hotline.api.ReportBodies.Transfer;
import vn.customs.hotline.api.ReportBodies.Withdrawal;
import vn.customs.hotline.api.ReportViews.Filed;
import vn.customs.hotline.api.ReportViews.HandlerView;
import vn.customs.hotline.api.ReportViews.MessageView;
import vn.customs.hotline.application.AssignHandlers;
import vn.customs.hotline.application.ConcludeReport;
import vn.customs.hotline.application.DecideAcceptance;
import vn.customs.hotline.application.FileReport;
import vn.customs.hotline.application.OnPostCandidates;
import vn.customs.hotline.application.ReportQueries;
import vn.customs.hotline.application.VerifyReport;
import vn.customs.hotline.application.WithdrawComplaint;
import vn.customs.hotline.application.WriteToReporter;
import vn.customs.hotline.domain.report.QueueLevel;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportStatus;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/**
 * Reports: filed by anyone (no account; an operator records other channels), then the handlers' side: the queue,
 * one report, and every decision on it. Each decision needs If-Match with the ETag
 * last read, and is refused to a handler with a conflict of interest or, once the report is assigned, to anyone
 * but its three handlers.
 */
@Path("/api/v1/reports")
@Tag(name = "Handling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HOTLINE_HANDLER)
public class ReportResource {

    /** A line of the queue. */
    public record QueueItem(
            UUID id,
            ReportStatus status,
            String kind,
            String category,
            String unitCode,
            java.time.Instant receivedAt,
            String queueLevel,
            java.time.Instant dueAt,
            String deadlineState) {}

    private final FileReport filing;
    private final ReportQueries queries;
    private final DecideAcceptance acceptance;
    private final AssignHandlers assignment;
    private final VerifyReport verification;
    private final ConcludeReport conclusion;
    private final WithdrawComplaint withdrawal;
    private final WriteToReporter messages;
    private final Today today;

    ReportResource(
            FileReport filing,
            ReportQueries queries,
            DecideAcceptance acceptance,
            AssignHandlers assignment,
            VerifyReport verification,
            ConcludeReport conclusion,
            WithdrawComplaint withdrawal,
            WriteToReporter messages,
            Today today) {
        this.filing = filing;
        this.queries = queries;
        this.acceptance = acceptance;
        this.assignment = assignment;
        this.verification = verification;
        this.conclusion = conclusion;
        this.withdrawal = withdrawal;
        this.messages = messages;
        this.today = today;
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
                body.reporterMode(),
                body.identity() == null ? null : body.identity().toIdentity(),
                body.facts());
        return Response.created(URI.create("/api/v1/report-follow-up"))
                .header("Cache-Control", "no-store")
                .entity(Filed.of(filed))
                .build();
    }

    @GET
    @Operation(
            operationId = "listReports",
            summary = "The handlers' queue",
            description = "Oldest first. Reports about a unit the caller was posted at within the conflict lookback"
                    + " (or a unit above it) are not listed.")
    @APIResponse(
            responseCode = "200",
            description = "A page of reports; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = HotlineExamples.REPORT_PAGE)))
    public Page<QueueItem> list(
            @Parameter(description = "A status", schema = @Schema(implementation = ReportStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "A queue level", schema = @Schema(implementation = QueueLevel.class))
                    @QueryParam("level")
                    String level,
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        var now = today.now();
        List<QueueItem> rows = queries
                .queue(
                        new ReportQueries.Filter(
                                QueryParams.oneOf("status", status, ReportStatus.class),
                                QueryParams.oneOf("level", level, QueueLevel.class),
                                unitCode(unit)),
                        page)
                .stream()
                .map(r -> new QueueItem(
                        r.id(),
                        r.status(),
                        r.reportFacts().kind().name(),
                        r.reportFacts().category().name(),
                        r.reportFacts().unitCode().value(),
                        r.receivedAt(),
                        r.queueLevel().name(),
                        r.legalClock().dueAt(),
                        r.deadlineState(now).name()))
                .toList();
        return Page.of(rows, page, item -> item.id().toString(), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "One report, as handlers see it (a pseudonym for the reporter)")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response get(@PathParam("id") UUID id) {
        return view(queries.one(id));
    }

    @POST
    @Path("/{id}/acceptance")
    @Idempotent
    @Operation(
            operationId = "acceptReport",
            summary = "Accept a report",
            description = "Starts the settlement clock of its kind, complexity and area. Publishes ReportAccepted, and"
                    + " TargetedInspectionRequested when the officer or unit keeps being reported.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "acceptance", value = HotlineExamples.ACCEPTANCE)))
    @APIResponse(
            responseCode = "200",
            description = "Accepted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response accept(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Acceptance body) {
        return view(acceptance.accept(id, Preconditions.expectedVersion(ifMatch), body.complexity()));
    }

    @POST
    @Path("/{id}/acceptance-term")
    @Idempotent
    @Operation(
            operationId = "lengthenAcceptanceTerm",
            summary = "Lengthen the acceptance term: the facts must be checked in several places",
            description =
                    "Once, before the acceptance decision; a denunciation's 7 working days become 10. A complaint's"
                            + " term does not lengthen (422 acceptance-term-fixed).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reason", value = HotlineExamples.SEVERAL_PLACES)))
    @APIResponse(
            responseCode = "200",
            description = "Lengthened",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response lengthenAcceptanceTerm(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Reason body) {
        return view(acceptance.lengthenAcceptanceTerm(id, Preconditions.expectedVersion(ifMatch), body.reason()));
    }

    @POST
    @Path("/{id}/non-acceptance")
    @Idempotent
    @Operation(operationId = "refuseReport", summary = "Do not accept a report, for a codified reason")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "refusal", value = HotlineExamples.NON_ACCEPTANCE)))
    @APIResponse(
            responseCode = "200",
            description = "Not accepted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response refuse(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NonAcceptance body) {
        return view(acceptance.refuse(id, Preconditions.expectedVersion(ifMatch), body.reason(), body.note()));
    }

    @POST
    @Path("/{id}/transfer")
    @Idempotent
    @Operation(operationId = "transferReport", summary = "Send a report on to the authority it belongs to")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "transfer", value = HotlineExamples.TRANSFER)))
    @APIResponse(
            responseCode = "200",
            description = "Transferred",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response transfer(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Transfer body) {
        return view(acceptance.transfer(id, Preconditions.expectedVersion(ifMatch), body.authority(), body.note()));
    }

    @POST
    @Path("/{id}/assignment")
    @Idempotent
    @Operation(
            operationId = "assignReport",
            summary = "Name the receiver, verifier and decider",
            description =
                    "Three different officers; refused (422 conflict-of-interest) for the accused, anyone posted"
                            + " at the accused unit (or below it) within the lookback, anyone who shared a posting with the accused.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "handlers", value = HotlineExamples.HANDLERS)))
    @APIResponse(
            responseCode = "200",
            description = "Assigned",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response assign(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Handlers body) {
        return view(assignment.assign(
                id,
                Preconditions.expectedVersion(ifMatch),
                new OfficerId(body.receiverId()),
                new OfficerId(body.verifierId()),
                new OfficerId(body.deciderId())));
    }

    @POST
    @Path("/{id}/verification")
    @Idempotent
    @Consumes(MediaType.WILDCARD) // no body: a bare POST with If-Match is enough
    @Operation(operationId = "startVerification", summary = "Start verifying an accepted report")
    @APIResponse(
            responseCode = "200",
            description = "Verifying",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response verify(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(verification.start(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/suspension")
    @Idempotent
    @Operation(
            operationId = "suspendReport",
            summary = "Suspend verification, for a reason",
            description = "From 1 July 2026 the settlement clock pauses while suspended; before, it runs on.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reason", value = HotlineExamples.REASON)))
    @APIResponse(
            responseCode = "200",
            description = "Suspended",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response suspend(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Reason body) {
        return view(verification.suspend(id, Preconditions.expectedVersion(ifMatch), body.reason()));
    }

    @POST
    @Path("/{id}/resumption")
    @Idempotent
    @Consumes(MediaType.WILDCARD) // no body: a bare POST with If-Match is enough
    @Operation(operationId = "resumeReport", summary = "Resume verification; a paused deadline moves on by the pause")
    @APIResponse(
            responseCode = "200",
            description = "Verifying again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response resume(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(verification.resume(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/extension")
    @Idempotent
    @Operation(
            operationId = "extendReport",
            summary = "Extend the settlement term of a complex denunciation",
            description = "Once for a COMPLEX, twice for a VERY_COMPLEX denunciation, each at most 30 days.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "extension", value = HotlineExamples.EXTENSION)))
    @APIResponse(
            responseCode = "200",
            description = "Extended",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response extend(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Extension body) {
        return view(verification.extend(id, Preconditions.expectedVersion(ifMatch), body.days(), body.reason()));
    }

    @POST
    @Path("/{id}/accused")
    @Idempotent
    @Operation(operationId = "confirmAccused", summary = "Name the accused officer (from the candidates, or otherwise)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "accused", value = HotlineExamples.ACCUSED)))
    @APIResponse(
            responseCode = "200",
            description = "Named",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response accused(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Accused body) {
        return view(verification.confirmAccused(
                id, Preconditions.expectedVersion(ifMatch), new OfficerId(body.officerId())));
    }

    @GET
    @Path("/{id}/accused-candidates")
    @Operation(
            operationId = "accusedCandidates",
            summary = "Who was on post where and when it happened",
            description = "The officers posted at the report's unit, or a unit below it, on the day it happened:"
                    + " candidates for a handler to confirm, never shown to the public. Postings carry days, not"
                    + " hours: the hour narrows nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Candidates",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "candidates", value = HotlineExamples.CANDIDATES)))
    public List<OnPostCandidates.Candidate> candidates(@PathParam("id") UUID id) {
        return queries.accusedCandidates(id);
    }

    @POST
    @Path("/{id}/conclusion")
    @Idempotent
    @Operation(
            operationId = "concludeReport",
            summary = "Conclude verification",
            description = "Publishes ReportConcluded with the officers it concerns; a SUBSTANTIATED or"
                    + " PARTLY_SUBSTANTIATED report also asks inspections for a targeted inspection.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "conclusion", value = HotlineExamples.CONCLUSION)))
    @APIResponse(
            responseCode = "200",
            description = "Concluded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response conclude(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Conclusion body) {
        return view(conclusion.conclude(
                id, Preconditions.expectedVersion(ifMatch), body.outcome(), body.conclusion(), body.officers()));
    }

    @POST
    @Path("/{id}/actions")
    @Idempotent
    @Operation(operationId = "addAction", summary = "Track an action the conclusion requires")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "action", value = HotlineExamples.NEW_ACTION)))
    @APIResponse(
            responseCode = "200",
            description = "Tracked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response addAction(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NewAction body) {
        return view(conclusion.addAction(id, Preconditions.expectedVersion(ifMatch), body.description(), body.dueOn()));
    }

    @POST
    @Path("/{id}/actions/{index}/completion")
    @Idempotent
    @Operation(operationId = "completeAction", summary = "Mark an action done")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "done", value = HotlineExamples.ACTION_DONE)))
    @APIResponse(
            responseCode = "200",
            description = "Done",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response completeAction(
            @PathParam("id") UUID id,
            @PathParam("index") @Min(0) @Max(1000) int index,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionDone body) {
        return view(conclusion.completeAction(id, Preconditions.expectedVersion(ifMatch), index, body.note()));
    }

    @POST
    @Path("/{id}/closure")
    @Idempotent
    @Consumes(MediaType.WILDCARD) // no body: a bare POST with If-Match is enough
    @Operation(operationId = "closeReport", summary = "Close a concluded report whose actions are done")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response close(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return view(conclusion.close(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Idempotent
    @Operation(
            operationId = "recordWithdrawal",
            summary = "Record a complaint's withdrawal received by letter or in person",
            description = "In part (name the part) from 1 July 2026, in whole without a part.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "part", value = HotlineExamples.WITHDRAWAL)))
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = HotlineExamples.HANDLER_VIEW)))
    public Response withdraw(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Withdrawal body) {
        return view(withdrawal.withdraw(id, Preconditions.expectedVersion(ifMatch), body.part()));
    }

    @GET
    @Path("/{id}/messages")
    @Operation(operationId = "listReportMessages", summary = "Every message on a report, internal notes included")
    @APIResponse(
            responseCode = "200",
            description = "Messages in the order written",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "messages", value = HotlineExamples.MESSAGES)))
    public List<MessageView> messages(@PathParam("id") UUID id) {
        return queries.messages(id).stream().map(MessageView::of).toList();
    }

    @POST
    @Path("/{id}/messages")
    @Idempotent
    @Operation(
            operationId = "writeReportMessage",
            summary = "Write to the reporter (REPORTER_VISIBLE) or an internal note")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "message", value = HotlineExamples.HANDLER_MESSAGE)))
    @APIResponse(
            responseCode = "201",
            description = "Written",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "messages", value = HotlineExamples.MESSAGES)))
    public Response write(@PathParam("id") UUID id, @Valid @NotNull HandlerMessage body) {
        MessageView written = MessageView.of(messages.write(id, body.visibility(), body.text()));
        return Response.created(URI.create("/api/v1/reports/" + id + "/messages"))
                .entity(written)
                .build();
    }

    private static UnitCode unitCode(String unit) {
        if (unit == null) {
            return null;
        }
        if (!UnitCode.valid(unit)) {
            throw new RequestProblemException(
                    400,
                    "validation",
                    "unit is a unit code: capital letters, digits and underscores.",
                    List.of(Problem.FieldError.parameter("unit", "not a unit code")));
        }
        return new UnitCode(unit);
    }

    private Response view(Report report) {
        return Response.ok(HandlerView.of(report, today.now()))
                .tag(Preconditions.etag(report.version()))
                .build();
    }
}
