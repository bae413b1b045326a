package vn.customs.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;

/** A test-only action that leaves an audit entry, as every write of a service does. */
@Path("/api/v1/test-audited/{officer}/moves")
public class AuditedResource {

    private final AuditTrail audit;

    AuditedResource(AuditTrail audit) {
        this.audit = audit;
    }

    @POST
    @Transactional
    @RolesAllowed("PERSONNEL")
    public void move(@PathParam("officer") String officer) {
        audit.record("move-officer", "officer", officer, Map.of("to", "HUU_NGHI", "decision", "QD-17/2026"));
    }
}
