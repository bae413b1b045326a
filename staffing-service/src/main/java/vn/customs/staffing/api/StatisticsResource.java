package vn.customs.staffing.api;

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
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;
import vn.customs.staffing.application.Statistics;

/** The figures dashboards show: moves in a period, officers due and overdue, tenure, asset declarations on time. */
@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final Statistics statistics;
    private final Today today;

    StatisticsResource(Statistics statistics, Today today) {
        this.statistics = statistics;
        this.today = today;
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL, Roles.AUDITOR, Roles.DASHBOARD, Roles.UNIT_HEAD})
    @Operation(
            operationId = "getStaffingStatistics",
            summary = "Staffing figures for a period",
            description = "For the whole department, or a unit and the units under it (a unit head: his own units"
                    + " only, 404 for another). Moves that took effect between `from` and `to` by unit and kind (first postings excluded);"
                    + " officers due and overdue and the tenure on sensitive posts on `to`; annual asset declarations"
                    + " for the year before `to`.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "quarter", value = StaffingExamples.STATISTICS)))
    public Statistics.Figures figures(
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
