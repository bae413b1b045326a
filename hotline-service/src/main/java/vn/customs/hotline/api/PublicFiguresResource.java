package vn.customs.hotline.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.customs.hotline.application.PublicReportFigures;
import vn.customs.hotline.application.PublicReportFigures.GateFigures;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.publication.PublicFigures;
import vn.customs.platform.publication.PublishedCount;
import vn.customs.platform.publication.PublishedFigures;
import vn.customs.platform.time.Quarter;

/** The department's published hotline figures: public, per gate and quarter, small numbers suppressed. */
@Path("/api/v1/public-figures")
@Tag(name = "Published figures")
@Produces(MediaType.APPLICATION_JSON)
public class PublicFiguresResource {

    /** The answer as the OpenAPI document shows it: an annotation cannot name the generic type returned. */
    @Schema(name = "PublicReportFigures")
    record Document(
            @Schema(example = "2026-Q3", pattern = Quarter.PATTERN, maxLength = 7)
            String quarter,

            @Schema(description = "The quarter's first day") LocalDate from,

            @Schema(description = "The quarter's last day") LocalDate to,

            @Schema(description = "Every gate open in the quarter, zeros included", maxItems = 1000)
            List<Gate> gates) {}

    /** One gate's figures, as {@link GateFigures} gives them. */
    @Schema(name = "PublicReportGateFigures")
    record Gate(
            @Schema(example = "HUU_NGHI", pattern = Bounds.UNIT_CODE, maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
            String gateCode,

            @Schema(example = "Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị", maxLength = 255)
            String gateName,

            @Schema(description = "Reports received in the quarter")
            PublishedCount received,

            @Schema(description = "Reports accepted in the quarter")
            PublishedCount accepted,

            @Schema(description = "Reports settled in the quarter within their legal term")
            PublishedCount settledWithinTerm) {}

    private final PublicFigures publicFigures;
    private final PublicReportFigures figures;

    PublicFiguresResource(PublicFigures publicFigures, PublicReportFigures figures) {
        this.publicFigures = publicFigures;
        this.figures = figures;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "getPublicReportFigures",
            summary = "The department's published hotline figures for a quarter",
            description = "Public, no token needed. Per gate open in the quarter (zeros included): reports received,"
                    + " reports accepted and reports settled within their legal term, each in the quarter. A count"
                    + " below 5 shows only `\"display\": \"< 5\"`. The current quarter shows its figures so far; a quarter that has not"
                    + " begun is a 400. Computed at most once per quarter in 5 minutes; send the ETag back in"
                    + " If-None-Match for a 304.")
    @APIResponse(
            responseCode = "200",
            description = "The quarter's figures per gate",
            headers = {
                @Header(
                        name = "ETag",
                        description = "Tag of these figures",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                @Header(
                        name = "Cache-Control",
                        description = "public, max-age=300",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Document.class),
                            examples = @ExampleObject(name = "quarter", value = PublicFiguresExamples.QUARTER)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public RestResponse<PublishedFigures<GateFigures>> figures(
            @Parameter(
                            description = "The quarter, `YYYY-Qn` (default: the last full quarter)",
                            example = "2026-Q3",
                            schema = @Schema(pattern = Quarter.PATTERN, maxLength = 7))
                    @QueryParam(PublicFigures.QUARTER)
                    String quarter,
            @Parameter(
                            description = "The ETag of figures read before: 304 when they have not changed",
                            example = "\"5f1c0d8e2a7b4c9d8e0f1a2b3c4d5e6f\"",
                            schema = @Schema(maxLength = 1024))
                    @HeaderParam(PublicFigures.IF_NONE_MATCH)
                    String ifNoneMatch) {
        return publicFigures.answer("reports", quarter, ifNoneMatch, figures::of);
    }
}
