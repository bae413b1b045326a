package vn.customs.declarations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.declarations.application.DeclarationStatistics;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.QueryParams;
import vn.customs.platform.http.RequestProblemException;
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
            summary = "Declaration figures for a gate, a department's gates (or all) and a period of days",
            description =
                    "Declarations submitted from `from` to `to` (inclusive, local dates) at `gate`, at the gates under"
                            + " `department`, or at every gate: counts by status and channel, e-declaration share of"
                            + " declarations and of enterprises (%), on-time share of cleared (%), p50/p90 of the whole working"
                            + " minutes from registration to clearance per channel (each declaration's working time rounded"
                            + " down to the minute, then interpolated as percentile_cont), active enterprises, trade value in"
                            + " USD. Exact: read from rollups kept in the transaction of every change, and from the"
                            + " declarations themselves for partial months. A unit head reads only the gates he heads (another"
                            + " gate, or a department with a gate he does not head: 403 not-your-gate; none named: his gates"
                            + " together). An unknown department: 404.")
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
                                                    "{\"gate\":\"HUU_NGHI\",\"department\":null,\"declarations\":28000,\"byStatus\":{\"CLEARED\":27650},\"byChannel\":"
                                                            + "{\"GREEN\":17900,\"YELLOW\":8400,\"RED\":1700},\"electronicShare\":96.4,"
                                                            + "\"electronicEnterpriseShare\":91.2,\"cleared\":27650,\"onTimeShare\":100.0,\"processingTime\":"
                                                            + "[{\"channel\":\"GREEN\",\"cleared\":17800,\"p50Minutes\":3.0,\"p90Minutes\":11.0}],"
                                                            + "\"activeEnterprises\":1700,\"tradeValueUsd\":1300000000.00}")))
    public DeclarationStatistics.Figures figures(
            @Parameter(ref = SharedParameters.GATE) @QueryParam("gate") String gate,
            @Parameter(
                            description = "A unit's code (a provincial department): the figures of the gates under it."
                                    + " Not together with `gate`.",
                            example = "DEPT",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = UnitCode.PATTERN,
                                            maxLength = UnitCode.MAX_LENGTH))
                    @QueryParam("department")
                    String department,
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
        String gateCode = Bounds.matching("gate", gate, Bounds.UNIT_CODE, "a gate's unit code such as HUU_NGHI");
        String unitCode = Bounds.matching("department", department, Bounds.UNIT_CODE, "a unit's code such as DEPT");
        if (gateCode != null && unitCode != null) {
            throw new RequestProblemException(
                    400,
                    "validation",
                    "Ask for a gate or a department, not both.",
                    List.of(Problem.FieldError.parameter("department", "must be absent when 'gate' is given")));
        }
        return statistics.of(gateCode, unitCode, days.first(), days.last());
    }
}
