package vn.customs.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A test-only resource guarded the way real ones are: a role check here, an object check through the caller. */
@Path("/api/v1/test-secured")
@Produces(MediaType.APPLICATION_JSON)
public class SecuredSampleResource {

    private final Caller caller;

    SecuredSampleResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/audit-report")
    @RolesAllowed(Roles.AUDITOR)
    public Map<String, Object> auditReport() {
        return Map.of("subject", caller.subject(), "roles", caller.roles());
    }

    @GET
    @Path("/enterprises/{taxId}/declarations")
    @RolesAllowed({Roles.DECLARANT, Roles.AUDITOR})
    public Map<String, Object> declarationsOf(@PathParam("taxId") String taxId) {
        caller.requireEnterprise(taxId, "enterprise", taxId);
        return Map.of("taxId", taxId);
    }

    /** Forgot its role annotation: must be refused, not open. */
    @GET
    @Path("/forgotten")
    public Map<String, Object> forgotten() {
        return Map.of("open", true);
    }
}
