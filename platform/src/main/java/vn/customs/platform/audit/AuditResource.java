package vn.customs.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.platform.http.Page;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/** The service's audit trail, for auditors: read it page by page, and verify that nobody altered it. */
@Path("/api/v1/audit-entries")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    private final EntityManager entityManager;
    private final AuditVerifier verifier;

    AuditResource(EntityManager entityManager, AuditVerifier verifier) {
        this.entityManager = entityManager;
        this.verifier = verifier;
    }

    @GET
    @Transactional
    @Operation(
            operationId = "listAuditEntries",
            summary = "Sealed audit entries in chain order",
            description = "Pages by chain position, so that an exporter following `next` never skips an entry:"
                    + " an entry appears once it is sealed (within about a second of its action), at the end of the"
                    + " chain, even if its transaction committed late.")
    @APIResponse(responseCode = "200", description = "A page of entries; follow next")
    @APIResponse(responseCode = "403", description = "Not an AUDITOR")
    public Page<AuditEntry> entries(
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(limit, cursor);
        long after = request.afterNumber();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT " + AuditEntry.COLUMNS
                        + " FROM platform_audit_seal JOIN platform_audit_entry USING (id)"
                        + " WHERE chain_position > ?1 ORDER BY chain_position LIMIT ?2")
                .setParameter(1, after)
                .setParameter(2, request.limit() + 1)
                .getResultList();
        return Page.of(
                rows.stream().map(AuditEntry::of).toList(),
                request,
                entry -> Long.toString(entry.chainPosition()),
                uri);
    }

    @GET
    @Path("/verification")
    @Operation(
            operationId = "verifyAuditTrail",
            summary = "Verify the audit trail",
            description = "Recomputes every seal with its key and names the first position where an entry was"
                    + " changed, removed or re-ordered; compares the chain with the last checkpoint published to"
                    + " Kafka (a removed tail shows) and reports an entry kept from sealing.")
    @APIResponse(responseCode = "200", description = "The verification result (valid or not)")
    public AuditVerification verify() {
        return verifier.verify();
    }
}
