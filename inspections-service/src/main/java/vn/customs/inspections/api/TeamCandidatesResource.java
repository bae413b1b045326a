package vn.customs.inspections.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.inspections.api.TeamCandidatesViews.ProposalView;
import vn.customs.inspections.api.TeamCandidatesViews.ScreeningView;
import vn.customs.inspections.application.ProposeTeam;
import vn.customs.inspections.application.TeamScreening;
import vn.customs.inspections.domain.team.TeamProposal;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/**
 * Who may sit on the team of an inspection of a unit: a proposed valid team with every inspector left out and why,
 * and the screening of one officer. For inspection leads only. Neither reveals a sealed surprise inspection: the
 * "inspected last time" rule looks only at inspections that have started (a sealed one has not), and the optional
 * {@code inspection} id only keeps that inspection's own team out of "the previous one".
 */
@Path("/api/v1/team-candidates")
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INSPECTION_LEAD)
public class TeamCandidatesResource {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String DEFAULT_MEMBERS = "2";

    private final ProposeTeam proposeTeam;
    private final TeamScreening screening;
    private final Today today;

    TeamCandidatesResource(ProposeTeam proposeTeam, TeamScreening screening, Today today) {
        this.proposeTeam = proposeTeam;
        this.screening = screening;
        this.today = today;
    }

    @GET
    @Operation(
            operationId = "proposeTeam",
            summary = "Propose a conflict-free team for an inspection of a unit",
            description = "A lead, a deputy and `members` members (default " + DEFAULT_MEMBERS + ", at most "
                    + TeamProposal.MAX_MEMBERS + ") drawn from the officers holding a post with the INSPECTION"
                    + " function on `on` (default today), without anyone who is refused: posted at the unit or a unit"
                    + " below it on that day or within the configured lookback years (POSTED_AT_TARGET), with a"
                    + " declared relative there (RELATIVE_AT_TARGET), or on the team of the unit's previous started"
                    + " inspection (INSPECTED_LAST_TIME). The order is fixed: inspectors who never inspected the unit"
                    + " first, then those who did longest ago, ties by officer id; the first is the lead, the second"
                    + " the deputy. `excluded` names every inspector of the day left out, with each reason."
                    + " `inspection`, when given, is the inspection the team is for: its own team is not the previous"
                    + " one. `unit` is required; a unit staffing never announced is a 404; too few inspectors left is"
                    + " a 422 `no-valid-team` naming the refused.")
    @APIResponse(
            responseCode = "200",
            description = "The proposed team and the inspectors left out",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalView.class),
                            examples = @ExampleObject(name = "gate", value = TeamExamples.PROPOSAL)))
    @APIResponse(
            responseCode = "404",
            description = "Staffing never announced the unit",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "422",
            description = "Too few inspectors without a refusal for a team of that size (no-valid-team)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public ProposalView propose(
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit,
            @Parameter(ref = SharedParameters.ON) @QueryParam("on") String on,
            @Parameter(
                            description = "How many members besides the lead and the deputy",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "0",
                                            maximum = "" + TeamProposal.MAX_MEMBERS,
                                            defaultValue = DEFAULT_MEMBERS))
                    @QueryParam("members")
                    String members,
            @Parameter(
                            description = "The inspection the team is for, when it exists",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("inspection")
                    String inspection) {
        UnitCode target = unit(unit);
        LocalDate day = QueryParams.date("on", on, today.date());
        int size = Bounds.within(
                "members",
                QueryParams.integer("members", members, Integer.valueOf(DEFAULT_MEMBERS)),
                0,
                TeamProposal.MAX_MEMBERS);
        return ProposalView.of(
                target,
                day,
                proposeTeam.propose(target.value(), day, size, QueryParams.uuid("inspection", inspection)));
    }

    @GET
    @Path("/{officerId}")
    @Operation(
            operationId = "screenTeamCandidate",
            summary = "Whether an officer may sit on the team of an inspection of a unit, and why not",
            description = "Every rule the officer breaks for an inspection of `unit` (required) on `on` (default"
                    + " today), each with a reason naming units and periods: NOT_AN_INSPECTOR, POSTED_AT_TARGET,"
                    + " RELATIVE_AT_TARGET, INSPECTED_LAST_TIME. `maySit` is true when there is none. An officer"
                    + " staffing never announced is no inspector. A unit staffing never announced is a 404.")
    @APIResponse(
            responseCode = "200",
            description = "The officer's refusals, none when he may sit",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScreeningView.class),
                            examples = {
                                @ExampleObject(name = "may sit", value = TeamExamples.MAY_SIT),
                                @ExampleObject(name = "refused", value = TeamExamples.REFUSED)
                            }))
    public ScreeningView screen(
            @Parameter(description = "The officer's id, as staffing gives it") @PathParam("officerId") UUID officerId,
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit,
            @Parameter(ref = SharedParameters.ON) @QueryParam("on") String on,
            @Parameter(
                            description = "The inspection the team is for, when it exists",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("inspection")
                    String inspection) {
        UnitCode target = unit(unit);
        LocalDate day = QueryParams.date("on", on, today.date());
        return ScreeningView.of(
                target,
                day,
                screening.screenAtKnownUnit(
                        officerId, target.value(), day, QueryParams.uuid("inspection", inspection)));
    }

    /** The required {@code unit} parameter, or a 400 naming it. */
    private static UnitCode unit(String unit) {
        String code = Bounds.matching("unit", unit, Bounds.UNIT_CODE, "a unit code such as HUU_NGHI");
        if (code == null) {
            throw new RequestProblemException(
                    400,
                    "validation",
                    "Invalid query parameter 'unit'.",
                    List.of(Problem.FieldError.parameter("unit", "is required: a unit code such as HUU_NGHI")));
        }
        return new UnitCode(code);
    }
}
