package bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** The one endpoint of the reference application: a small JSON answer, so Jackson is on the path as in the services. */
@Path("/hello")
public class HelloResource {

    public record Greeting(String message, Instant at) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Greeting hello(@QueryParam("name") String name) {
        return new Greeting("Hello " + (name == null ? "world" : name), Instant.now());
    }
}
