package vn.customs.inspections.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.inspections.api.DrawBodies.NewDraw;
import vn.customs.inspections.api.DrawViews.DrawView;
import vn.customs.inspections.api.DrawViews.PublishedDraw;
import vn.customs.inspections.application.CommitDraw;
import vn.customs.inspections.application.DrawQueries;
import vn.customs.inspections.application.RevealDraw;
import vn.customs.inspections.domain.draw.Draw;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.Preconditions;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/**
 * Risk-weighted draws of surprise-inspection targets. An inspection lead makes a draw (only its commitment goes
 * out), reads it, and reveals its seed once every drawn unit's inspection has started; then anyone reads the published
 * data and verifies it ({@code /api/v1/draw-verifications}). Before that, a draw is unknown (404) to everyone else.
 */
@Path("/api/v1/draws")
@Tag(name = "Draws")
@Produces(MediaType.APPLICATION_JSON)
public class DrawResource {

    private final CommitDraw commitDraw;
    private final RevealDraw revealDraw;
    private final DrawQueries queries;

    DrawResource(CommitDraw commitDraw, RevealDraw revealDraw, DrawQueries queries) {
        this.commitDraw = commitDraw;
        this.revealDraw = revealDraw;
        this.queries = queries;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.INSPECTION_LEAD)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "commitDraw",
            summary = "Draw surprise-inspection targets",
            description =
                    "Weighs the candidates (the open gates, or those named) by their risk signals under the weight"
                            + " formula in force today, raises weights below the floor that gives every candidate the formula's"
                            + " minimum probability, and draws `size` of them without replacement (Efraimidis–Spirakis) from a"
                            + " fresh secret seed. Only the commitment (SHA-256 of the formula, candidates, weights, size and"
                            + " seed) is published (event DrawCommitted). 422 for a candidate that is not an open gate, a size"
                            + " above the number of candidates, or a minimum probability no draw of that size can give.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "named gates", value = DrawExamples.NEW_DRAW),
                                @ExampleObject(name = "all open gates", value = DrawExamples.NEW_DRAW_ALL_GATES)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Drawn and sealed; Location is the draw",
            headers = {
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DrawView.class),
                            examples = @ExampleObject(name = "sealed", value = DrawExamples.DRAW)))
    public Response commit(@Valid @NotNull NewDraw body) {
        Draw draw = commitDraw.commit(body.size(), body.candidateCodes());
        return Response.created(URI.create("/api/v1/draws/" + draw.id()))
                .entity(DrawView.of(draw))
                .tag(Preconditions.etag(draw.version()))
                .build();
    }

    @GET
    @RolesAllowed(Roles.INSPECTION_LEAD)
    @Operation(
            operationId = "listDraws",
            summary = "The draws, in the order made",
            description = "For inspection leads only: sealed draws show which units they drew.")
    @APIResponse(
            responseCode = "200",
            description = "A page of draws; follow next",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = DrawExamples.DRAW_PAGE)))
    public Page<DrawView> list(
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(queries.list(page), page, draw -> draw.id().toString(), DrawView::of, uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.INSPECTION_LEAD,
        Roles.INSPECTOR,
        Roles.UNIT_HEAD,
        Roles.DASHBOARD,
        Roles.AUDITOR,
        Roles.OFFICER,
        Roles.PERSONNEL,
        Roles.HOTLINE_HANDLER,
        Roles.CUSTODIAN,
        Roles.DECLARANT,
        Roles.INTEGRATION
    })
    @Operation(
            operationId = "getDraw",
            summary = "One draw, with its candidates, weights and drawn units",
            description = "For inspection leads; to anyone else the draw does not exist (404), sealed or not: after the"
                    + " revelation everyone reads /published instead. The seed shows once revealed.")
    @APIResponse(
            responseCode = "200",
            description = "The draw",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 40)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DrawView.class),
                            examples = @ExampleObject(name = "sealed", value = DrawExamples.DRAW)))
    public Response get(@PathParam("id") UUID id) {
        Draw draw = queries.forLead(id);
        return Response.ok(DrawView.of(draw))
                .tag(Preconditions.etag(draw.version()))
                .build();
    }

    @POST
    @Path("/{id}/revelation")
    @RolesAllowed({
        Roles.INSPECTION_LEAD,
        Roles.INSPECTOR,
        Roles.UNIT_HEAD,
        Roles.DASHBOARD,
        Roles.AUDITOR,
        Roles.OFFICER,
        Roles.PERSONNEL,
        Roles.HOTLINE_HANDLER,
        Roles.CUSTODIAN,
        Roles.DECLARANT,
        Roles.INTEGRATION
    })
    @Operation(
            operationId = "revealDraw",
            summary = "Reveal a draw's seed",
            description = "Once every drawn unit has an inspection on this draw's basis (RISK_DRAW) that has started"
                    + " (IN_PROGRESS or later); before that 422 naming the units still waiting. Publishes DrawRevealed"
                    + " with the seed and the drawn units; the published data is then public. Needs If-Match. Inspection"
                    + " leads only: a draw is unknown (404) to anyone else.")
    @APIResponse(
            responseCode = "200",
            description = "Revealed",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 40)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DrawView.class),
                            examples = @ExampleObject(name = "sealed", value = DrawExamples.DRAW)))
    public Response reveal(
            @PathParam("id") UUID id,
            @Parameter(ref = SharedParameters.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        Draw draw = revealDraw.reveal(id, Preconditions.expectedVersion(ifMatch));
        return Response.ok(DrawView.of(draw))
                .tag(Preconditions.etag(draw.version()))
                .build();
    }

    @GET
    @Path("/{id}/published")
    @PermitAll
    @Operation(
            operationId = "getPublishedDraw",
            summary = "A revealed draw's data, for anyone to verify",
            description = "The seed, the formula's version and coefficients, every candidate with its signals and"
                    + " weights, the size, the drawn units and the commitment published when the draw was made. Post it"
                    + " to /api/v1/draw-verifications, or recompute it yourself (docs/inspections.md). A draw not"
                    + " revealed yet answers exactly as an unknown id (404).")
    @APIResponse(
            responseCode = "200",
            description = "The published draw",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublishedDraw.class),
                            examples = @ExampleObject(name = "revealed", value = DrawExamples.PUBLISHED)))
    public PublishedDraw published(@PathParam("id") UUID id) {
        return PublishedDraw.of(queries.published(id));
    }
}
