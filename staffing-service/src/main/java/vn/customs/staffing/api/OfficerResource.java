package vn.customs.staffing.api;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;
import vn.customs.staffing.api.StaffingViews.OfficerView;
import vn.customs.staffing.api.StaffingViews.PostingView;
import vn.customs.staffing.application.EndPosting;
import vn.customs.staffing.application.MoveOfficer;
import vn.customs.staffing.application.OfficerQueries;
import vn.customs.staffing.application.PostingRow;
import vn.customs.staffing.application.RegisterOfficer;
import vn.customs.staffing.application.ReviseOfficer;
import vn.customs.staffing.domain.officer.DeclaredInterest;
import vn.customs.staffing.domain.officer.DepartureReason;
import vn.customs.staffing.domain.officer.Exemption;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerProfile;
import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.officer.PostingKind;
import vn.customs.staffing.domain.organisation.Rank;

/** The personnel register: officers, their records, their postings, and moving them. */
@Path("/api/v1/officers")
@Tag(name = "Officers and postings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficerResource {

    /** An officer's full name, and so the longest text a name search can match. */
    static final int NAME_MAX_LENGTH = 200;

    /** A declared relative's workplace or business interest. */
    public record Interest(
            @NotNull DeclaredInterest.InterestKind kind,
            @NotBlank @Size(max = 300) String description,

            @Pattern(regexp = Bounds.UNIT_CODE, message = "a unit code")
            @Schema(maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
            String unitCode,

            @Pattern(regexp = Bounds.TAX_ID, message = "a tax id of 10 digits, or 10-3")
            @Schema(maxLength = Bounds.TAX_ID_MAX_LENGTH)
            String taxId) {}

    /** A new officer. */
    public record NewOfficer(
            @NotBlank
            @Pattern(regexp = "[A-Z0-9]{3,20}", message = "3 to 20 capital letters or digits")
            @Schema(maxLength = 20) // the pattern's longest
            String serviceNumber,

            @NotBlank @Size(max = NAME_MAX_LENGTH) String fullName,
            @NotNull Rank rank,
            @NotNull LocalDate dateOfBirth,
            @NotNull LocalDate retirementDate,

            @Pattern(regexp = Bounds.UNIT_CODE, message = "a unit code")
            @Schema(maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
            String homeUnitCode,

            @Size(max = 50) List<@Valid @NotNull Interest> declaredInterests) {}

    /** An officer's record as revised, with the exemption that puts his rotation off (null: none). */
    public record OfficerChange(
            @NotBlank @Size(max = NAME_MAX_LENGTH) String fullName,
            @NotNull Rank rank,
            @NotNull LocalDate dateOfBirth,
            @NotNull LocalDate retirementDate,

            @Pattern(regexp = Bounds.UNIT_CODE, message = "a unit code")
            @Schema(maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
            String homeUnitCode,

            @Size(max = 50) List<@Valid @NotNull Interest> declaredInterests,
            Exemption exemption,
            LocalDate exemptionUntil) {}

    /** A move: the post, the first day on it, why, and the decision. */
    public record NewPosting(
            @NotNull UUID postId,
            @NotNull LocalDate from,
            @NotNull PostingKind kind,
            @NotBlank @Size(max = 64) String decisionNumber) {}

    /** Leaving the post without a new one: why, the last day on the post, and the decision. */
    public record Departure(
            @NotNull DepartureReason reason,
            @NotNull LocalDate lastDay,
            @NotBlank @Size(max = 64) String decisionNumber) {}

    private final RegisterOfficer registration;
    private final ReviseOfficer revision;
    private final MoveOfficer moves;
    private final EndPosting departures;
    private final OfficerQueries queries;
    private final Today today;

    OfficerResource(
            RegisterOfficer registration,
            ReviseOfficer revision,
            MoveOfficer moves,
            EndPosting departures,
            OfficerQueries queries,
            Today today) {
        this.registration = registration;
        this.revision = revision;
        this.moves = moves;
        this.departures = departures;
        this.queries = queries;
        this.today = today;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "registerOfficer",
            summary = "Register an officer",
            description = "Publishes OfficerRegistered. Post him with POST /officers/{id}/postings.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "officer", value = StaffingExamples.NEW_OFFICER)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "officer", value = StaffingExamples.OFFICER)))
    public Response register(@Valid @NotNull NewOfficer body) {
        Officer officer = registration.register(new OfficerProfile(
                body.serviceNumber(),
                body.fullName(),
                body.rank(),
                body.dateOfBirth(),
                body.retirementDate(),
                body.homeUnitCode(),
                interests(body.declaredInterests())));
        return Response.created(URI.create("/api/v1/officers/" + officer.id()))
                .tag(Preconditions.etag(officer.version()))
                .entity(OfficerView.of(officer, today.date()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "searchOfficers",
            summary = "Search officers",
            description =
                    "By name, ignoring diacritics and case (\"hoang van\" finds \"Hoàng Văn\"), by the unit where they are"
                            + " posted today, by rank. Ordered by name.")
    @APIResponse(
            responseCode = "200",
            description = "A page of officers; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = StaffingExamples.OFFICER_PAGE)))
    public Page<OfficerView> search(
            @Parameter(
                            description = "Part of the name, with or without diacritics",
                            example = "hoang van",
                            schema = @Schema(type = SchemaType.STRING, maxLength = NAME_MAX_LENGTH))
                    @QueryParam("name")
                    String name,
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit,
            @Parameter(description = "A rank", example = "INSPECTOR", schema = @Schema(implementation = Rank.class))
                    @QueryParam("rank")
                    String rank,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        LocalDate day = today.date();
        List<Officer> rows = queries.officers(
                Bounds.text("name", name, NAME_MAX_LENGTH),
                Bounds.matching("unit", unit, Bounds.UNIT_CODE, "a unit code such as HUU_NGHI"),
                QueryParams.oneOf("rank", rank, Rank.class),
                day,
                page);
        return Page.of(
                rows,
                page,
                officer -> PageRequest.position(officer.searchName(), officer.id()),
                officer -> OfficerView.of(officer, day),
                uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "getOfficer",
            summary = "Read an officer's record",
            description = "A unit head reads only officers of his unit.")
    @APIResponse(
            responseCode = "200",
            description = "The record, with its ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "officer", value = StaffingExamples.OFFICER)))
    public Response read(@PathParam("id") UUID id) {
        Officer officer = queries.officer(id);
        return Response.ok(OfficerView.of(officer, today.date()))
                .tag(Preconditions.etag(officer.version()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "reviseOfficer",
            summary = "Revise an officer's record",
            description = "Needs If-Match. Includes the exemption that puts rotation off (null clears it). Publishes"
                    + " OfficerRegistered again so that other services' copies of the declared interests follow.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "change", value = StaffingExamples.OFFICER_CHANGE)))
    @APIResponse(
            responseCode = "200",
            description = "The revised record, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "officer", value = StaffingExamples.OFFICER)))
    public Response revise(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull OfficerChange body) {
        revision.revise(
                id,
                Preconditions.expectedVersion(ifMatch),
                new OfficerProfile(
                        null, // a service number never changes
                        body.fullName(),
                        body.rank(),
                        body.dateOfBirth(),
                        body.retirementDate(),
                        body.homeUnitCode(),
                        interests(body.declaredInterests())),
                body.exemption(),
                body.exemptionUntil());
        Officer officer = queries.officer(id); // as committed, with its postings
        return Response.ok(OfficerView.of(officer, today.date()))
                .tag(Preconditions.etag(officer.version()))
                .build();
    }

    @GET
    @Path("/{id}/postings")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "listOfficerPostings", summary = "An officer's posting history, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "All his postings",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "history", value = StaffingExamples.OFFICER_HISTORY)))
    public List<PostingView> postings(@PathParam("id") UUID id) {
        Officer officer = queries.officer(id);
        return officer.postings().stream()
                .map(posting -> PostingView.of(posting, officer))
                .collect(Collectors.toList());
    }

    @POST
    @Path("/{id}/postings")
    @Idempotent
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "moveOfficer",
            summary = "Move an officer to a post",
            description = "One transaction: the current posting ends the day before `from`, the new one opens. Refused"
                    + " (422) when postings would overlap, the post is at its establishment, the rank is too low, or a"
                    + " suspended officer would go to a sensitive post. Publishes PostingEnded, OfficerPosted and, for a"
                    + " unit's head post, UnitHeadChanged. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rotation", value = StaffingExamples.NEW_POSTING)))
    @APIResponse(
            responseCode = "201",
            description = "The new posting",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "posting", value = StaffingExamples.OFFICER_POSTING)))
    public Response move(@PathParam("id") UUID id, @Valid @NotNull NewPosting body) {
        Posting posting =
                moves.move(id, new MoveOfficer.Command(body.postId(), body.from(), body.kind(), body.decisionNumber()));
        Officer officer = queries.officer(id);
        PostingRow row = new PostingRow(posting, officer.fullName(), officer.serviceNumber(), queries.postOf(posting));
        return Response.created(URI.create("/api/v1/officers/" + id + "/postings"))
                .entity(PostingView.of(row))
                .build();
    }

    @POST
    @Path("/{id}/departures")
    @RolesAllowed(Roles.PERSONNEL)
    @Operation(
            operationId = "endOfficerPosting",
            summary = "End an officer's posting without a new one",
            description =
                    "Needs If-Match. Retirement, long leave, secondment out or dismissal: the open posting ends on"
                            + " `lastDay`. Publishes PostingEnded with that reason and, when he headed a unit, UnitHeadChanged."
                            + " 409 when he holds no posting; 422 when the day is before the posting began.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "retirement", value = StaffingExamples.DEPARTURE)))
    @APIResponse(
            responseCode = "200",
            description = "The officer's record, with its new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "officer", value = StaffingExamples.OFFICER)))
    public Response depart(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Valid @NotNull Departure body) {
        departures.depart(
                id,
                Preconditions.expectedVersion(ifMatch),
                new EndPosting.Command(body.reason(), body.lastDay(), body.decisionNumber()));
        Officer officer = queries.officer(id); // as committed, with its postings
        return Response.ok(OfficerView.of(officer, today.date()))
                .tag(Preconditions.etag(officer.version()))
                .build();
    }

    private static List<DeclaredInterest> interests(List<Interest> interests) {
        return interests == null
                ? List.of()
                : interests.stream()
                        .map(i -> new DeclaredInterest(i.kind(), i.description(), i.unitCode(), i.taxId()))
                        .collect(Collectors.toList());
    }
}
