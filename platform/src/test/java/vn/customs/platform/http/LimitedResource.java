package vn.customs.platform.http;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A test-only operation with a small budget of its own (customs.rate-limit.operations in the test config). */
@Path("/api/v1/test-limited")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class LimitedResource {

    @GET
    @Path("/{id}")
    public Map<String, String> readLimited(@PathParam("id") String id) {
        return Map.of("id", id);
    }
}
