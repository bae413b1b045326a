package vn.customs.declarations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.declarations.api.DeclarationViews.ClockView;
import vn.customs.declarations.api.DeclarationViews.DeclarationView;
import vn.customs.declarations.api.DeclarationViews.DryRunView;
import vn.customs.declarations.api.DeclarationViews.HistoryView;
import vn.customs.declarations.application.AmendDeclaration;
import vn.customs.declarations.application.DeclarationQueries;
import vn.customs.declarations.application.ProcessDeclaration;
import vn.customs.declarations.application.ReassignDeclaration;
import vn.customs.declarations.application.Step;
import vn.customs.declarations.application.SubmitDeclaration;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationStatus;
import vn.customs.declarations.domain.declaration.Lodgement;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.platform.domain.TaxId;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.http.RetryOnRace;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/** Goods declarations: lodged by declarants, processed by the officers of their gate, searched by supervisors. */
@Path("/api/v1/declarations")
@Tag(name = "Declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeclarationResource {

    /** The declarant's reason for cancelling. */
    public record CancellationRequest(
            @NotBlank @Size(max = 1000) String reason) {}

    /** A document reference added after lodging (maxLength: the longest text each pattern admits). */
    public record NewDocument(
            @NotBlank
            @Pattern(regexp = LodgementBody.DocumentBody.TYPE_PATTERN, message = "a document type code")
            @Schema(maxLength = 16)
            String type,

            @NotBlank @Size(max = 128) String reference,

            @Pattern(regexp = LodgementBody.DocumentBody.SHA256_PATTERN, message = "a SHA-256 in lower-case hex")
            @Schema(maxLength = 64)
            String sha256) {}

    /** An officer's step with an optional note. */
    public record StepRequest(
            @NotNull Step step, @Size(max = 1000) String note) {}

    /** An extension of the physical inspection: 1 or 2 working days, with its reason. */
    public record ExtensionRequest(
            @NotNull @Schema(minimum = "1", maximum = "2") Integer workingDays,
            @Size(max = 1000) String reason) {}

    /** The officer a declaration goes to, and why. */
    public record Reassignment(
            @NotNull UUID officerId,
            @NotBlank @Size(max = 1000) String reason) {}

    /** A proposed lower channel with its reason code. */
    public record OverrideRequest(
            @NotNull Channel channel,

            @NotBlank
            @Pattern(regexp = "[A-Z_]{2,32}", message = "a reason code such as TRUSTED_TRADER")
            @Schema(maxLength = 32) // the pattern's longest
            String reasonCode) {}

    private final SubmitDeclaration submit;
    private final ProcessDeclaration process;
    private final ReassignDeclaration reassign;
    private final AmendDeclaration amend;
    private final DeclarationQueries queries;
    private final Caller caller;
    private final Today today;
    private final WorkingCalendar calendar;

    DeclarationResource(
            SubmitDeclaration submit,
            ProcessDeclaration process,
            ReassignDeclaration reassign,
            AmendDeclaration amend,
            DeclarationQueries queries,
            Caller caller,
            Today today,
            WorkingCalendar calendar) {
        this.submit = submit;
        this.process = process;
        this.reassign = reassign;
        this.amend = amend;
        this.queries = queries;
        this.caller = caller;
        this.today = today;
        this.calendar = calendar;
    }

    @POST
    @RetryOnRace // a concurrent lodging of the same LRN won: the second run answers its replay or 409 lrn-taken
    @Idempotent
    @RolesAllowed(Roles.DECLARANT)
    @Operation(
            operationId = "lodgeDeclaration",
            summary = "Lodge a goods declaration",
            description =
                    "Validated, stored and registered at once: number, risk channel with its reasons, the officer on"
                            + " duty at the gate, the charter clock. The LRN names one declaration per declarant: the same content"
                            + " again answers 200 with the first declaration, other content 409. Send an Idempotency-Key too.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "import", value = DeclarationsExamples.LODGEMENT)))
    @APIResponse(
            responseCode = "201",
            description = "Lodged and registered (or REJECTED with the reason in its history)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "registered", value = DeclarationsExamples.DECLARATION)))
    @APIResponse(
            responseCode = "200",
            description = "The same LRN and content were lodged before: that declaration",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "replayed", value = DeclarationsExamples.DECLARATION)))
    public Response lodge(@Valid @NotNull LodgementBody body) {
        Lodgement lodgement = validated(body);
        SubmitDeclaration.Result result = submit.submit(lodgement, caller.subject());
        // a replay answers the declaration as stored, read whole (the use case's transaction has ended)
        Declaration declaration =
                result.replayed() ? queries.find(result.declaration().id()) : result.declaration();
        Response.ResponseBuilder response = result.replayed()
                ? Response.ok()
                : Response.created(URI.create("/api/v1/declarations/" + declaration.id()));
        return response.location(URI.create("/api/v1/declarations/" + declaration.id()))
                .tag(Preconditions.etag(declaration.version()))
                .entity(DeclarationView.of(declaration, calendar, today.now()))
                .build();
    }

    @POST
    @Path("/dry-run")
    @RolesAllowed(Roles.DECLARANT)
    @Operation(
            operationId = "checkDeclaration",
            summary = "Check a declaration and compute its duties without lodging it",
            description =
                    "The same checks as lodging; every error comes back at once as a JSON pointer into the request."
                            + " Nothing is stored.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "import", value = DeclarationsExamples.LODGEMENT)))
    @APIResponse(
            responseCode = "200",
            description = "Valid: the items with their duties and the totals in VND",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "duties", value = DeclarationsExamples.DRY_RUN)))
    public DryRunView dryRun(@NotNull LodgementBody body) {
        LodgementChecks.requireAllValid(body, submit, today.now());
        SubmitDeclaration.Check check = submit.check(body.lodgement(today.now()));
        return new DryRunView(true, DeclarationViews.ItemView.of(check.items()), check.importDutyVnd(), check.vatVnd());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DECLARANT, Roles.OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(
            operationId = "getDeclaration",
            summary = "Read a declaration with its clock",
            description =
                    "A declarant reads only his enterprise's declarations (404 for any other); an officer those of"
                            + " the gate he is posted at.")
    @APIResponse(
            responseCode = "200",
            description = "The declaration, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "registered", value = DeclarationsExamples.DECLARATION)))
    public Response read(@PathParam("id") UUID id) {
        Declaration declaration = queries.find(id);
        return Response.ok(DeclarationView.of(declaration, calendar, today.now()))
                .tag(Preconditions.etag(declaration.version()))
                .build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.DECLARANT, Roles.OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(operationId = "getDeclarationHistory", summary = "A declaration's history: who did what, when")
    @APIResponse(
            responseCode = "200",
            description = "The history, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "history", value = DeclarationsExamples.HISTORY)))
    public HistoryView history(@PathParam("id") UUID id) {
        return new HistoryView(id, queries.find(id).history());
    }

    @GET
    @Path("/{id}/clock")
    @RolesAllowed({Roles.DECLARANT, Roles.OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(
            operationId = "getDeclarationClock",
            summary = "A declaration's charter clock",
            description =
                    "Committed, used and left working minutes against the channel's committed time, paused while"
                            + " waiting on the declarant; ON_TRACK, AT_RISK (80% used), BREACHED or MET. Null before registration.")
    @APIResponse(
            responseCode = "200",
            description = "The clock",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "clock", value = DeclarationsExamples.CLOCK)))
    public ClockView clock(@PathParam("id") UUID id) {
        return ClockView.of(queries.find(id), calendar, today.now());
    }

    @GET
    @RolesAllowed({Roles.DECLARANT, Roles.OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(
            operationId = "searchDeclarations",
            summary = "Search declarations",
            description = "By declarant, gate, status, channel, officer and submission time, newest first. A declarant"
                    + " sees only his own; an officer only his gate's.")
    @APIResponse(
            responseCode = "200",
            description = "A page of declarations; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = DeclarationsExamples.PAGE)))
    public Page<DeclarationView> search(
            @Parameter(
                            description = "Declarant tax id",
                            example = "0101234567",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = TaxId.PATTERN,
                                            maxLength = Bounds.TAX_ID_MAX_LENGTH))
                    @QueryParam("declarant")
                    String declarant,
            @Parameter(ref = SharedParameters.GATE) @QueryParam("gate") String gate,
            @Parameter(
                            description = "A status",
                            example = "REGISTERED",
                            schema = @Schema(implementation = DeclarationStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "GREEN, YELLOW or RED", schema = @Schema(implementation = Channel.class))
                    @QueryParam("channel")
                    String channel,
            @Parameter(description = "Assigned officer id", schema = @Schema(implementation = UUID.class))
                    @QueryParam("officer")
                    String officer,
            @Parameter(
                            description = "Submitted on or after (ISO date-time)",
                            example = "2026-10-01T00:00:00+07:00",
                            schema = @Schema(implementation = Instant.class))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Submitted before (ISO date-time)",
                            example = "2027-01-01T00:00:00+07:00",
                            schema = @Schema(implementation = Instant.class))
                    @QueryParam("to")
                    String to,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        DeclarationQueries.Filter filter = new DeclarationQueries.Filter(
                Bounds.matching("declarant", declarant, TaxId.PATTERN, "a tax id of 10 digits, or 10-3 for a branch"),
                Bounds.matching("gate", gate, Bounds.UNIT_CODE, "a gate's unit code such as HUU_NGHI"),
                QueryParams.oneOf("status", status, DeclarationStatus.class),
                QueryParams.oneOf("channel", channel, Channel.class),
                QueryParams.uuid("officer", officer),
                QueryParams.instant("from", from),
                QueryParams.instant("to", to));
        Instant now = today.now();
        List<Declaration> rows = queries.search(filter, page);
        return page(rows, page, uri, now);
    }

    Page<DeclarationView> page(List<Declaration> rows, PageRequest page, UriInfo uri, Instant now) {
        return Page.of(rows, page, DeclarationQueries::position, d -> DeclarationView.of(d, calendar, now), uri);
    }

    @POST
    @Path("/{id}/cancellation-request")
    @RolesAllowed(Roles.DECLARANT)
    @Operation(
            operationId = "requestDeclarationCancellation",
            summary = "Ask to cancel a declaration",
            description = "Needs If-Match; an officer of the gate decides (step CANCEL).")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "request",
                                            value = DeclarationsExamples.CANCELLATION_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The declaration, with the request recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response requestCancellation(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull CancellationRequest body) {
        return view(process.requestCancellation(id, Preconditions.expectedVersion(ifMatch), body.reason()));
    }

    @POST
    @Path("/{id}/amendments")
    @Idempotent
    @RolesAllowed(Roles.DECLARANT)
    @Operation(
            operationId = "amendDeclaration",
            summary = "Amend a declaration before clearance",
            description =
                    "Needs If-Match; honours Idempotency-Key. The whole declaration as it should now read (same LRN,"
                            + " gate, flow and declarant). The registration checks run again (422 naming the problems),"
                            + " duties are recomputed and the channel rules run again: the channel may rise, never fall."
                            + " Only before customs decided on the content: registered, under the document check or"
                            + " waiting on the declarant (409 once duties are assessed, during the physical inspection or"
                            + " after the end). Publishes DeclarationAmended; the replaced content stays readable at"
                            + " /versions/{n}.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "amended", value = DeclarationsExamples.LODGEMENT)))
    @APIResponse(
            responseCode = "200",
            description = "The amended declaration",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response amend(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull LodgementBody body) {
        return view(amend.amend(id, Preconditions.expectedVersion(ifMatch), validated(body)));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.DECLARANT, Roles.OFFICER, Roles.UNIT_HEAD, Roles.AUDITOR})
    @Operation(
            operationId = "getDeclarationVersion",
            summary = "An earlier version of an amended declaration",
            description = "Version 1 is the content first lodged; version n the content the n-th amendment replaced.")
    @APIResponse(
            responseCode = "200",
            description = "The content of that version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "version 1", value = DeclarationsExamples.LODGEMENT)))
    public Response version(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "The number of a replaced content, from 1 (none below 1 exists: 404)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + Integer.MAX_VALUE))
                    @PathParam("version")
                    int version) {
        return Response.ok(queries.version(id, version)).build();
    }

    @POST
    @Path("/{id}/documents")
    @Idempotent
    @RolesAllowed(Roles.DECLARANT)
    @Operation(
            operationId = "addDeclarationDocument",
            summary = "Add a document reference to a declaration",
            description = "Needs If-Match, like every change; send an Idempotency-Key so that a retry after a timeout"
                    + " adds the document once.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "certificate of origin",
                                            value = DeclarationsExamples.DOCUMENT)))
    @APIResponse(
            responseCode = "200",
            description = "The declaration with the document",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response addDocument(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull NewDocument body) {
        return view(process.addDocument(
                id, Preconditions.expectedVersion(ifMatch), body.type(), body.reference(), body.sha256()));
    }

    @POST
    @Path("/{id}/steps")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            operationId = "takeDeclarationStep",
            summary = "Take a processing step",
            description =
                    "Needs If-Match. Only an officer posted at the declaration's gate today, not suspended and without"
                            + " an interest in its enterprises (403 naming why). An illegal step is 409 naming the current state and"
                            + " the allowed next ones.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "start the document check",
                                            value = DeclarationsExamples.STEP)))
    @APIResponse(
            responseCode = "200",
            description = "The declaration after the step",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response step(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull StepRequest body) {
        return view(process.step(id, Preconditions.expectedVersion(ifMatch), body.step(), body.note()));
    }

    @POST
    @Path("/{id}/channel-override")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            operationId = "proposeChannelOverride",
            summary = "Propose a lower channel",
            description = "Needs If-Match and a reason code; a second officer approves.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "lower", value = DeclarationsExamples.OVERRIDE)))
    @APIResponse(
            responseCode = "200",
            description = "The declaration with the proposal",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response proposeOverride(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull OverrideRequest body) {
        return view(
                process.proposeOverride(id, Preconditions.expectedVersion(ifMatch), body.channel(), body.reasonCode()));
    }

    @POST
    @Path("/{id}/channel-override/approval")
    @Consumes(MediaType.WILDCARD) // no body: a script may POST without a content type
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            operationId = "approveChannelOverride",
            summary = "Approve a proposed override (four eyes)",
            description = "Needs If-Match; refused (422) for the officer who proposed it. Publishes ChannelOverridden.")
    @APIResponse(
            responseCode = "200",
            description = "The declaration in its new channel",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response approveOverride(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return view(process.approveOverride(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/goods-presentation")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.DECLARANT)
    @Operation(
            operationId = "presentDeclarationGoods",
            summary = "Present the goods for the physical inspection",
            description =
                    "Needs If-Match. The declarant's goods are at the gate: the inspection starts and the charter"
                            + " clock, paused while the goods were awaited, runs again from now. Only while goods are awaited (409).")
    @APIResponse(
            responseCode = "200",
            description = "The declaration under inspection",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response presentGoods(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return view(process.presentGoods(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/inspection-extension")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            operationId = "requestInspectionExtension",
            summary = "Ask to extend the physical inspection",
            description = "Needs If-Match. Once per declaration, by 1 or 2 working days with a reason (422 otherwise),"
                    + " only under inspection (409); a second officer approves.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "two days", value = DeclarationsExamples.EXTENSION)))
    @APIResponse(
            responseCode = "200",
            description = "The declaration with the extension asked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response requestInspectionExtension(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull ExtensionRequest body) {
        return view(process.requestInspectionExtension(
                id, Preconditions.expectedVersion(ifMatch), body.workingDays(), body.reason()));
    }

    @POST
    @Path("/{id}/inspection-extension/approval")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            operationId = "approveInspectionExtension",
            summary = "Approve an extension of the physical inspection (four eyes)",
            description =
                    "Needs If-Match; refused (422) for the officer who asked for it. The charter clock's committed"
                            + " time grows by the extension.")
    @APIResponse(
            responseCode = "200",
            description = "The declaration with the longer committed time",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response approveInspectionExtension(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return view(process.approveInspectionExtension(id, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/reassignment")
    @RolesAllowed(Roles.UNIT_HEAD)
    @Operation(
            operationId = "reassignDeclaration",
            summary = "Hand a declaration to another officer",
            description =
                    "Needs If-Match. Only the head of the declaration's gate (403 outside-his-units); the officer"
                            + " must be able to act there today (422 naming why not). Recorded in the history and audited; from"
                            + " then on the new officer acts on it and the one who had it gets 403 assigned-to-another-officer.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "reassign", value = DeclarationsExamples.REASSIGNMENT)))
    @APIResponse(
            responseCode = "200",
            description = "The declaration with its new officer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "view", value = DeclarationsExamples.DECLARATION)))
    public Response reassign(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull Reassignment body) {
        return view(reassign.reassign(id, Preconditions.expectedVersion(ifMatch), body.officerId(), body.reason()));
    }

    private Response view(Declaration declaration) {
        return Response.ok(DeclarationView.of(declaration, calendar, today.now()))
                .tag(Preconditions.etag(declaration.version()))
                .build();
    }

    /** The body's lodgement, once the checks a pattern cannot make passed (400 with pointers). */
    private Lodgement validated(LodgementBody body) {
        LodgementChecks.check(body);
        return body.lodgement(today.now());
    }
}
