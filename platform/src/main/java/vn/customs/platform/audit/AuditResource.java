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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.PageRequest;
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
    @Operation(summary = "Audit entries in the order they were recorded")
    @APIResponse(responseCode = "200", description = "A page of entries; follow next")
    @APIResponse(responseCode = "403", description = "Not an AUDITOR")
    public Page<AuditEntry> entries(
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(limit, cursor);
        long after = request.afterNumber();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT " + AuditEntry.COLUMNS + " FROM " + AuditEntry.FROM + " WHERE id > ?1"
                        + " ORDER BY id LIMIT ?2")
                .setParameter(1, after)
                .setParameter(2, request.limit() + 1)
                .getResultList();
        return Page.of(rows.stream().map(AuditEntry::of).toList(), request, entry -> Long.toString(entry.id()), uri);
    }

    @GET
    @Path("/verification")
    @Operation(
            summary = "Verify the audit chain",
            description = "Recomputes every entry's hash; names the first position where an entry was changed,"
                    + " removed or re-ordered.")
    @APIResponse(responseCode = "200", description = "The verification result (valid or not)")
    public AuditVerification verify() {
        return verifier.verify();
    }
}
