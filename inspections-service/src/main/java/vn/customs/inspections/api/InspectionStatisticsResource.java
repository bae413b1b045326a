package vn.customs.inspections.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.inspections.application.InspectionStatistics;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/** The inspection figures per period and unit, for dashboards and the inspectorate's reports. */
@Path("/api/v1/inspection-statistics")
@Tag(name = "Inspection statistics")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionStatisticsResource {

    /** The longest period asked at once: a year, leap day included. */
    static final int MAX_DAYS = 366;

    private final InspectionStatistics statistics;
    private final Today today;

    InspectionStatisticsResource(InspectionStatistics statistics, Today today) {
        this.statistics = statistics;
        this.today = today;
    }

    @GET
    @RolesAllowed({Roles.INSPECTION_LEAD, Roles.INSPECTOR, Roles.UNIT_HEAD, Roles.AUDITOR, Roles.DASHBOARD})
    @Operation(
            operationId = "getInspectionStatistics",
            summary = "Inspection figures for a period and a unit (or all)",
            description = "The inspections of the days `from` to `to` (both included; without either, the current"
                    + " quarter; with one, the quarter it falls in; at most 366 days; `from` after `to` is a 400),"
                    + " about `unit` and the units under it, or every unit. An inspection belongs to the period in"
                    + " which it started, or, until it starts, in which it is planned to start. `inspections` with"
                    + " `byType` (THEMATIC, SURPRISE, TARGETED), `byStatus` and `byUnit` (per unit, by type): every"
                    + " value named, 0 when none. `coverage`: the gates with at least one inspection started in the"
                    + " period, of the open gates (SUB_DEPARTMENT) staffing announced (`basis` OPEN_GATES), or, where"
                    + " staffing announced no open gate (yet), of the units the period's inspections are about"
                    + " (UNITS_INSPECTED); `share` from 0 to 1, null when there is no unit; `notCovered` names the"
                    + " others. What the period's inspections found: `findings`, `findingsByCategory`,"
                    + " `findingsBySeverity`; their corrective actions `correctiveActionsOpen` (OPEN, IN_PROGRESS or"
                    + " OVERDUE now) and `correctiveActionsOverdue` (of those, past their due date today);"
                    + " `headsHeldAccountable`: the distinct heads of unit named accountable. A sealed surprise"
                    + " inspection is in no figure for anyone but an INSPECTION_LEAD until it starts.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "quarter", value = StatisticsExamples.QUARTER)))
    public InspectionStatistics.Figures figures(
            @Parameter(ref = SharedParameters.FROM) @QueryParam("from") String from,
            @Parameter(ref = SharedParameters.TO) @QueryParam("to") String to,
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit) {
        LocalDate first = QueryParams.date("from", from, null);
        LocalDate last = QueryParams.date("to", to, null);
        if (first == null && last == null) {
            first = quarterStart(today.date());
        }
        if (first == null) {
            first = quarterStart(last);
        }
        if (last == null) {
            last = quarterStart(first).plusMonths(3).minusDays(1);
        }
        if (first.isAfter(last)) {
            throw bad("from", "a date not after 'to'");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw bad("to", "at most " + MAX_DAYS + " days after 'from' (both included)");
        }
        String code = Bounds.matching("unit", unit, Bounds.UNIT_CODE, "a unit code such as HUU_NGHI");
        return statistics.of(first, last, Optional.ofNullable(code).map(UnitCode::new));
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static RequestProblemException bad(String name, String expected) {
        return new RequestProblemException(
                400,
                "validation",
                "Invalid query parameter '" + name + "'.",
                List.of(Problem.FieldError.parameter(name, "must be " + expected)));
    }
}
