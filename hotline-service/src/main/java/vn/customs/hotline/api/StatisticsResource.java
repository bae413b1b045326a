package vn.customs.hotline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.hotline.application.ReportStatistics;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/** The hotline's figures per unit and period, for dashboards: what was reported, and what became of it. */
@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final ReportStatistics statistics;
    private final Today today;

    StatisticsResource(ReportStatistics statistics, Today today) {
        this.statistics = statistics;
        this.today = today;
    }

    @GET
    @Path("/reports")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOTLINE_HANDLER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(
            operationId = "getReportStatistics",
            summary = "Hotline figures for a unit (or all) and a period of days",
            description = "Reports received from `from` to `to` (inclusive days in Asia/Ho_Chi_Minh; `to` defaults to"
                    + " today, `from` to three months before `to`), about `unit` and the units under it, or every unit."
                    + " Every count is a number, 0 when nothing happened, and every breakdown names every value with"
                    + " 0 (`byUnit`: the units asked about and any unit a report names)."
                    + " `received` by intake channel, category, kind and unit. `fromBusinesses`: reports a business"
                    + " made itself, through WEB, HOTLINE_CALL, WALK_IN, POST or EMAIL (not TRANSFERRED from another"
                    + " authority). What became of them: `accepted` (ever accepted, whatever came after),"
                    + " `notAccepted` (by codified reason), `transferred`, `withdrawn`, `concluded` and"
                    + " `concludedWithinLimit` (concluded by the settlement deadline), with"
                    + " `concludedWithinLimitShare` = concludedWithinLimit / concluded, from 0 to 1, null when none was"
                    + " concluded. `open`: those of the period still open now (received, accepted, verifying or"
                    + " suspended), by where their running deadline stands now (ON_TIME, AT_RISK, BREACHED, PAUSED)."
                    + " `medianDaysToAcceptance` and `medianDaysToConclusion`: the median of calendar days (to the"
                    + " hundredth) from receipt to acceptance, and from receipt to conclusion; null when none.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "quarter", value = StatisticsExamples.QUARTER)))
    public ReportStatistics.Figures reports(
            @Parameter(ref = SharedParameters.FROM) @QueryParam("from") String from,
            @Parameter(ref = SharedParameters.TO) @QueryParam("to") String to,
            @Parameter(ref = SharedParameters.UNIT) @QueryParam("unit") String unit) {
        QueryParams.DateRange days = QueryParams.dateRange(from, to, today.date());
        return statistics.of(
                days.first(),
                days.last(),
                Bounds.matching("unit", unit, Bounds.UNIT_CODE, "a unit code such as HUU_NGHI"));
    }
}
