package vn.customs.hotline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.hotline.api.EvidenceViews.EvidenceItemView;
import vn.customs.hotline.api.EvidenceViews.EvidenceListView;
import vn.customs.hotline.application.AddEvidence;
import vn.customs.hotline.application.EvidenceQueries;
import vn.customs.hotline.domain.evidence.EvidenceInspector;
import vn.customs.hotline.domain.evidence.EvidenceView;
import vn.customs.platform.http.Idempotent;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;

/**
 * Evidence on reports, for handlers only: they add files and read what the reporter and other handlers added. The
 * public side never reads evidence; the reporter adds his through the receipt (the report's own endpoints).
 */
@Path("/api/v1/reports/{id}/evidence")
@Tag(name = "Evidence")
@RolesAllowed(Roles.HOTLINE_HANDLER)
public class EvidenceResource {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String PDF = "application/pdf";

    /** The largest upload the default configuration accepts ({@code hotline.evidence.max-bytes}). */
    private static final int MAX_BYTES = (int) EvidenceInspector.DEFAULT_MAX_BYTES;

    private final AddEvidence addEvidence;
    private final EvidenceQueries queries;
    private final Caller caller;

    EvidenceResource(AddEvidence addEvidence, EvidenceQueries queries, Caller caller) {
        this.addEvidence = addEvidence;
        this.queries = queries;
        this.caller = caller;
    }

    static String contentUri(UUID reportId, UUID evidenceId) {
        return "/api/v1/reports/" + reportId + "/evidence/" + evidenceId;
    }

    @POST
    @Idempotent
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, JPEG, PNG, PDF, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addEvidence",
            summary = "Add a file to a report as evidence",
            description = "The body is the file's raw bytes. Its type is decided by its content, never by a name or by"
                    + " the Content-Type sent: JPEG, PNG, PDF or plain UTF-8 text. Images are stored without their"
                    + " metadata (Exif with GPS and camera, XMP, text chunks); a file that does not parse as its type, a"
                    + " PDF with scripts, launch actions or embedded files, and every other type are refused (422, the"
                    + " problem's type names why). At most 4,000,000 bytes by default and 20 pieces a report; not once a report"
                    + " is closed, not accepted, transferred or withdrawn (409).")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
                @Content(
                        mediaType = JPEG,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
                @Content(
                        mediaType = PNG,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
                @Content(
                        mediaType = PDF,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING, maxLength = MAX_BYTES),
                        examples = @ExampleObject(name = "note", value = EvidenceExamples.TEXT_UPLOAD))
            })
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location is where its content is read",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "photo", value = EvidenceExamples.ITEM)))
    public Response add(@PathParam("id") UUID reportId, byte[] content) {
        EvidenceView view = addEvidence.byHandler(reportId, caller.subject(), content);
        return Response.created(URI.create(contentUri(reportId, view.id())))
                .entity(EvidenceItemView.of(view))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listEvidence",
            summary = "List a report's evidence",
            description = "Type, size, SHA-256 and who added it, in the order added; no content.")
    @APIResponse(
            responseCode = "200",
            description = "The report's evidence",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "two pieces", value = EvidenceExamples.LIST)))
    public EvidenceListView list(@PathParam("id") UUID reportId) {
        return EvidenceListView.of(reportId, queries.list(reportId));
    }

    @GET
    @Path("/{evidenceId}")
    @Produces({JPEG, PNG, PDF, MediaType.TEXT_PLAIN})
    @Operation(
            operationId = "readEvidence",
            summary = "Download a piece of evidence",
            description = "The stored content (images without their metadata) under its type, as an attachment that"
                    + " a browser does not open or sniff; ETag is its SHA-256. Each download is in the audit trail.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            headers = {
                @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                @Header(name = "X-Content-Type-Options", schema = @Schema(type = SchemaType.STRING, maxLength = 7))
            },
            content = {
                @Content(
                        mediaType = JPEG,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
                @Content(
                        mediaType = PNG,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
                @Content(
                        mediaType = PDF,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BYTES)),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING, maxLength = MAX_BYTES),
                        examples = @ExampleObject(name = "note", value = EvidenceExamples.TEXT_UPLOAD))
            })
    public Response read(@PathParam("id") UUID reportId, @PathParam("evidenceId") UUID evidenceId) {
        EvidenceQueries.Content content = queries.content(reportId, evidenceId);
        EvidenceView view = content.evidence();
        return Response.ok(content.bytes(), view.mediaType())
                .header("Content-Disposition", "attachment; filename=\"evidence-" + view.id() + extension(view) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", "sandbox")
                .tag(view.sha256())
                .build();
    }

    private static String extension(EvidenceView view) {
        String type = view.mediaType();
        if (type.startsWith(JPEG)) {
            return ".jpg";
        }
        if (type.startsWith(PNG)) {
            return ".png";
        }
        if (type.startsWith(PDF)) {
            return ".pdf";
        }
        return ".txt";
    }
}
