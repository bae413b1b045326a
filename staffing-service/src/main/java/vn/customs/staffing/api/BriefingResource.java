package vn.customs.staffing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;
import vn.customs.staffing.application.BriefingQueries;
import vn.customs.staffing.application.RecordBriefing;
import vn.customs.staffing.domain.briefing.Briefing;

/**
 * Thematic conferences on discipline: recorded with their attendance, counted per unit and quarter against the mark
 * of more than {@value Briefing#QUARTERLY_MARK}, and the officers who keep missing them.
 */
@Path("/api/v1/briefings")
@Tag(name = "Discipline briefings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BriefingResource {

    /** The most briefings an absentee list looks back over. */
    static final int MAX_LAST = 50;

    /** A briefing as held. */
    public record NewBriefing(
            @NotBlank
            @Pattern(regexp = Bounds.UNIT_CODE, message = "a unit code")
            @Schema(maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
            String unitCode,

            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 300) String topic,
            @NotBlank @Size(max = 2000) String decision,
            @NotEmpty @Size(max = 500) List<@NotNull UUID> attendees) {}

    /** A briefing as recorded. */
    public record BriefingView(
            UUID id,
            String unitCode,
            LocalDate heldOn,
            String topic,
            String decision,
            Set<UUID> attendees,
            Instant recordedAt) {
        static BriefingView of(Briefing b) {
            return new BriefingView(
                    b.id(),
                    b.unitCode().value(),
                    b.heldOn(),
                    b.topic(),
                    b.decision(),
                    b.attendees().stream().map(OfficerId::value).collect(Collectors.toSet()),
                    b.recordedAt());
        }
    }

    /** An officer who missed every one of the last briefings held while he was posted at the unit. */
    public record AbsenteeView(UUID officerId, String fullName, String serviceNumber, int missed) {
        static AbsenteeView of(BriefingQueries.Absentee absentee) {
            return new AbsenteeView(
                    absentee.officer().id(),
                    absentee.officer().fullName(),
                    absentee.officer().serviceNumber(),
                    absentee.missed());
        }
    }

    private final RecordBriefing recorder;
    private final BriefingQueries queries;
    private final Today today;

    BriefingResource(RecordBriefing recorder, BriefingQueries queries, Today today) {
        this.recorder = recorder;
        this.queries = queries;
        this.today = today;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.PERSONNEL, Roles.UNIT_HEAD})
    @Operation(
            operationId = "recordBriefing",
            summary = "Record a discipline briefing",
            description = "A thematic conference on discipline held at a unit, with the officers who attended. A unit"
                    + " head records those of his own units (403 for another). 422 for an unknown unit or officer,"
                    + " or a day still to come.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "briefing", value = StaffingExamples.NEW_BRIEFING)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "briefing", value = StaffingExamples.BRIEFING)))
    public Response record(@Valid @NotNull NewBriefing body) {
        Briefing briefing = recorder.record(new RecordBriefing.Command(
                body.unitCode(), body.heldOn(), body.topic(), body.decision(), body.attendees()));
        return Response.created(URI.create("/api/v1/briefings/" + briefing.id()))
                .entity(BriefingView.of(briefing))
                .build();
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "getBriefingStatistics",
            summary = "Briefings per unit and quarter",
            description = "Briefings held between `from` and `to` (and their attendances) per unit and quarter;"
                    + " `markMet` when a quarter counts more than " + Briefing.QUARTERLY_MARK + ". A unit head sees"
                    + " his own units.")
    @APIResponse(
            responseCode = "200",
            description = "One row per unit and quarter with briefings",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "quarter", value = StaffingExamples.BRIEFING_STATISTICS)))
    public List<BriefingQueries.QuarterFigures> statistics(
            @Parameter(ref = SharedParameters.FROM) @QueryParam("from") String from,
            @Parameter(ref = SharedParameters.TO) @QueryParam("to") String to,
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit) {
        QueryParams.DateRange days = QueryParams.dateRange(from, to, today.date());
        return queries.statistics(
                days.first(),
                days.last(),
                Bounds.matching("unit", unit, Bounds.UNIT_CODE, "a unit code such as HUU_NGHI"));
    }

    @GET
    @Path("/absentees")
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "listBriefingAbsentees",
            summary = "Who missed the last briefings at a unit",
            description = "Officers posted today at the unit (or a unit under it) who attended none of its last"
                    + " `last` briefings held while they were posted there. 404 for a unit the caller does not read.")
    @APIResponse(
            responseCode = "200",
            description = "The absentees, by name",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "absentees", value = StaffingExamples.ABSENTEES)))
    public List<AbsenteeView> absentees(
            @Parameter(ref = SharedParameters.UNIT, required = true) @NotNull @QueryParam("unit") String unit,
            @Parameter(
                            description = "How many of the latest briefings to look back over",
                            example = "3",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + MAX_LAST,
                                            defaultValue = "3"))
                    @QueryParam("last")
                    String last) {
        return queries
                .absentees(
                        Bounds.matching("unit", unit, Bounds.UNIT_CODE, "a unit code such as HUU_NGHI"),
                        Bounds.within("last", QueryParams.integer("last", last, 3), 1, MAX_LAST),
                        today.date())
                .stream()
                .map(AbsenteeView::of)
                .toList();
    }
}
