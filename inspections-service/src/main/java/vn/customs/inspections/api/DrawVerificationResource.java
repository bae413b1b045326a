package vn.customs.inspections.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.inspections.api.DrawBodies.Verification;
import vn.customs.inspections.api.DrawViews.VerificationView;
import vn.customs.inspections.application.DrawQueries;

/**
 * Anyone checks a revealed draw: the service recomputes the commitment and the drawn units from the data sent and
 * says whether they match what was claimed. Nothing is stored; no account is needed.
 */
@Path("/api/v1/draw-verifications")
@Tag(name = "Draws")
public class DrawVerificationResource {

    private final DrawQueries queries;

    DrawVerificationResource(DrawQueries queries) {
        this.queries = queries;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyDraw",
            summary = "Verify a revealed draw",
            description = "Send a draw's published data (GET /api/v1/draws/{id}/published, as it is): the seed, the"
                    + " formula's version and coefficients, the candidates with their signals and weights, the size,"
                    + " the drawn units claimed and the commitment claimed. The answer says whether the commitment"
                    + " recomputed from that data is the one claimed, whether the draw recomputed from it took the"
                    + " units claimed, and whether every weight is what the formula gives the signals.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "published draw", value = DrawExamples.TO_VERIFY)))
    @APIResponse(
            responseCode = "200",
            description = "What matched",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VerificationView.class),
                            examples = {
                                @ExampleObject(name = "as published", value = DrawExamples.VERIFIED),
                                @ExampleObject(name = "a weight changed", value = DrawExamples.TAMPERED)
                            }))
    public VerificationView verify(@Valid @NotNull Verification body) {
        return VerificationView.of(queries.verify(
                body.formula().toFormula(),
                body.snapshots(),
                body.size(),
                new vn.customs.inspections.domain.draw.Seed(body.seed()),
                body.drawn(),
                body.commitment()));
    }
}
