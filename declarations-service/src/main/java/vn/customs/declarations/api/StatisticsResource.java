package vn.customs.declarations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.declarations.application.DeclarationStatistics;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/** The department's declaration KPIs per gate and period, for dashboards. */
@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final DeclarationStatistics statistics;
    private final Today today;

    StatisticsResource(DeclarationStatistics statistics, Today today) {
        this.statistics = statistics;
        this.today = today;
    }

    @GET
    @RolesAllowed({Roles.DASHBOARD, Roles.AUDITOR, Roles.UNIT_HEAD})
    @Operation(
            operationId = "getDeclarationStatistics",
            summary = "Declaration figures for a gate (or all) and a period of days",
            description =
                    "Declarations submitted from `from` to `to` (inclusive, local dates): counts by status and channel,"
                            + " e-declaration share of declarations and of enterprises (%), on-time share of cleared (%), working"
                            + " minutes to clearance p50/p90 per channel, active enterprises, trade value in USD. A unit head"
                            + " reads only the gates he heads (another: 403 not-your-gate; none named: his gates together).")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "quarter",
                                            value =
                                                    "{\"gate\":\"HUU_NGHI\",\"declarations\":28000,\"byStatus\":{\"CLEARED\":27650},\"byChannel\":"
                                                            + "{\"GREEN\":17900,\"YELLOW\":8400,\"RED\":1700},\"electronicShare\":96.4,"
                                                            + "\"electronicEnterpriseShare\":91.2,\"cleared\":27650,\"onTimeShare\":100.0,\"processingTime\":"
                                                            + "[{\"channel\":\"GREEN\",\"cleared\":17800,\"p50Minutes\":3.0,\"p90Minutes\":11.0}],"
                                                            + "\"activeEnterprises\":1700,\"tradeValueUsd\":1300000000.00}")))
    public DeclarationStatistics.Figures figures(
            @Parameter(ref = SharedParameters.GATE) @QueryParam("gate") String gate,
            @Parameter(
                            description = "First day (default 3 months before `to`)",
                            example = "2026-07-01",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Last day (default today)",
                            example = "2026-09-30",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("to")
                    String to) {
        QueryParams.DateRange days = QueryParams.dateRange(from, to, today.date());
        Instant start = days.first().atStartOfDay(Today.DEPARTMENT_ZONE).toInstant();
        Instant end =
                days.last().plusDays(1).atStartOfDay(Today.DEPARTMENT_ZONE).toInstant();
        return statistics.of(
                Bounds.matching("gate", gate, Bounds.UNIT_CODE, "a gate's unit code such as HUU_NGHI"), start, end);
    }
}
