package vn.customs.platform.http;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only endpoints that make PostgreSQL say what a race or an outage says: a unique violation, a serialization
 * failure (SQLSTATE raised by the server itself), a terminated connection.
 */
@Path("/api/v1/test-races")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class RaceResource {

    /** How many times each run of {@link #losesRaces} has been entered, by run id. */
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    private final EntityManager entityManager;

    RaceResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts the same row twice: the second insert is what a concurrent duplicate meets. */
    @POST
    @Path("/duplicates")
    @Transactional
    public Response duplicate() {
        UUID id = UUID.randomUUID();
        insert(id);
        insert(id);
        return Response.status(201).build();
    }

    /** Loses {@code losses} serialization races, then succeeds; retried once by {@link RetryOnRace}. */
    @POST
    @Path("/runs/{run}")
    @Transactional
    @RetryOnRace
    public Response losesRaces(@PathParam("run") String run, @QueryParam("losses") int losses) {
        int attempt = ATTEMPTS.computeIfAbsent(run, r -> new AtomicInteger()).incrementAndGet();
        insert(UUID.randomUUID());
        if (attempt <= losses) {
            raise("40001");
        }
        return Response.status(201).entity(Map.of("attempts", attempt)).build();
    }

    /** The server says it is shutting down (what a failover says to every open connection). */
    @POST
    @Path("/outages")
    @Transactional
    public Response outage() {
        raise("57P01");
        return Response.status(201).build();
    }

    private void insert(UUID id) {
        entityManager
                .createNativeQuery("INSERT INTO test_order (id, owner, goods) VALUES (?1, 'race', 'race')")
                .setParameter(1, id)
                .executeUpdate();
    }

    private void raise(String sqlState) {
        entityManager
                .createNativeQuery(
                        "DO $$ BEGIN RAISE EXCEPTION 'raised by the test' USING ERRCODE = '" + sqlState + "'; END $$")
                .executeUpdate();
    }
}
