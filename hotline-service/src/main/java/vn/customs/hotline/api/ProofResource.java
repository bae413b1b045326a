package vn.customs.hotline.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.hotline.api.ReportBodies.Proof;
import vn.customs.hotline.api.ReportViews.Verification;
import vn.customs.hotline.domain.protection.ProofOfReport;
import vn.customs.hotline.domain.protection.ReportSigner;

/**
 * Anyone can check a proof of report: that the service received a report with this id, at this time, with this
 * content hash. Nothing else about the report is said, and the answer is the same for a report that no longer exists.
 */
@Path("/api/v1/report-proofs")
@Tag(name = "Reporting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProofResource {

    private final ReportSigner signer;

    ProofResource(ReportSigner signer) {
        this.signer = signer;
    }

    @POST
    @Path("/verification")
    @PermitAll
    @Operation(
            operationId = "verifyProofOfReport",
            summary = "Verify a proof of report",
            description = "valid is true only when the signature matches every field under a key of this service.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "proof", value = HotlineExamples.PROOF)))
    @APIResponse(
            responseCode = "200",
            description = "Whether the proof holds",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "valid", value = HotlineExamples.VERIFICATION)))
    public Verification verify(@Valid @NotNull Proof proof) {
        return new Verification(signer.verify(new ProofOfReport(
                proof.reportId(), proof.receivedAt(), proof.contentHash(), proof.keyId(), proof.signature())));
    }

    @GET
    @Path("/keys")
    @PermitAll
    @Operation(
            operationId = "listProofKeys",
            summary = "The public keys that verify proofs",
            description = "Ed25519 public keys (PEM) by key id, current and retired, to verify a proof offline.")
    @APIResponse(
            responseCode = "200",
            description = "Keys by id",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "keys", value = HotlineExamples.PROOF_KEYS)))
    public Map<String, String> keys() {
        return signer.publicKeys();
    }
}
