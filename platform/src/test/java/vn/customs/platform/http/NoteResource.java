package vn.customs.platform.http;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import vn.customs.platform.paging.PageRequest;

/** A test-only resource using the platform's ETag, If-Match and pagination helpers the way services will. */
@Path("/api/v1/test-notes")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

    public record NoteView(long id, String text) {}

    public record NoteText(String text) {}

    private final EntityManager entityManager;

    NoteResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @POST
    @Transactional
    public Response create(NoteText body) {
        TestNote note = new TestNote(body.text());
        entityManager.persist(note);
        entityManager.flush();
        return Response.status(201)
                .tag(Preconditions.etag(note.version()))
                .entity(view(note))
                .build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response read(@PathParam("id") long id) {
        TestNote note = find(id);
        return Response.ok(view(note)).tag(Preconditions.etag(note.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Response rewrite(
            @PathParam("id") long id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch, NoteText body) {
        TestNote note = find(id);
        Preconditions.requireMatch(ifMatch, note.version());
        note.rewrite(body.text());
        entityManager.flush();
        return Response.ok(view(note)).tag(Preconditions.etag(note.version())).build();
    }

    @GET
    @Transactional
    public Page<NoteView> list(
            @QueryParam("prefix") String prefix,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(limit, cursor);
        long after = request.afterNumber();
        List<NoteView> rows = entityManager
                .createQuery(
                        "SELECT n FROM TestNote n WHERE n.id > :after AND n.text LIKE :prefix ORDER BY n.id",
                        TestNote.class)
                .setParameter("after", after)
                .setParameter("prefix", (prefix == null ? "" : prefix) + "%")
                .setMaxResults(request.limit() + 1)
                .getResultStream()
                .map(NoteResource::view)
                .collect(Collectors.toList());
        return Page.of(rows, request, note -> Long.toString(note.id()), uri);
    }

    private TestNote find(long id) {
        TestNote note = entityManager.find(TestNote.class, id);
        if (note == null) {
            throw new vn.customs.platform.domain.UnknownObjectException("note", id);
        }
        return note;
    }

    private static NoteView view(TestNote note) {
        return new NoteView(note.id(), note.text());
    }
}
