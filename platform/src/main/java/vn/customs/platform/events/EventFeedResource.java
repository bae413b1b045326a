package vn.customs.platform.events;

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
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Page;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.openapi.SharedParameters;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Roles;

/**
 * The service's own published events, in the order they were published, for integrators who cannot read Kafka:
 * poll {@code GET /api/v1/events}, then follow {@code next}. Kept as long as the outbox retention (30 days by
 * default); a cursor older than that gets 410 Gone.
 */
@Path("/api/v1/events")
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
public class EventFeedResource {

    /** One published event, as on Kafka: CloudEvents attributes and the JSON data. */
    public record FeedEvent(
            @Schema(format = "uuid", maxLength = Bounds.UUID_LENGTH)
            String id,

            @Schema(maxLength = Bounds.EVENT_ATTRIBUTE_MAX_LENGTH)
            String type,

            @Schema(maxLength = Bounds.EVENT_ATTRIBUTE_MAX_LENGTH)
            String source,

            @Schema(maxLength = Bounds.EVENT_ATTRIBUTE_MAX_LENGTH)
            String subject,

            @Schema(format = "date-time", maxLength = Bounds.DATE_TIME_MAX_LENGTH)
            String time,

            @Schema(maxLength = 128, pattern = "[A-Za-z0-9._:-]+")
            String correlationId,

            @Schema(type = SchemaType.OBJECT, description = "The event's data, as on Kafka")
            Object data,

            @Schema(format = "int64", minimum = "1", maximum = Bounds.INT64_MAX)
            long position) {}

    private final EntityManager entityManager;

    EventFeedResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(
            operationId = "listPublishedEvents",
            summary = "Events this service published, oldest first",
            description = "Start without a cursor, then follow `next` (it is always present: poll it for new events).")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an INTEGRATION or AUDITOR caller")
    @APIResponse(responseCode = "410", description = "The cursor points before the retained events")
    public Page<FeedEvent> events(
            @Parameter(ref = SharedParameters.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(ref = SharedParameters.LIMIT) @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(limit, cursor);
        long after = request.afterNumber();
        // One statement, so one snapshot: what retention deleted and the page are read at the same moment, and a
        // deletion between a check and the page can never skip events silently.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT r.highest_deleted_position, e.* FROM platform_outbox_retention r"
                        + " LEFT JOIN LATERAL (SELECT event_id, event_type, source, subject, occurred_at,"
                        + " correlation_id, CAST(payload AS text), feed_position"
                        + " FROM platform_outbox_feed JOIN platform_outbox USING (position)"
                        + " WHERE feed_position > ?1 ORDER BY feed_position LIMIT ?2) e ON true"
                        + " ORDER BY e.feed_position")
                .setParameter(1, after)
                .setParameter(2, request.limit())
                .getResultList();
        long deletedUpTo = rows.isEmpty() ? 0 : ((Number) rows.get(0)[0]).longValue();
        if (after > 0 && deletedUpTo > after) {
            throw new RequestProblemException(
                    410,
                    "cursor-expired",
                    "Events after this cursor are no longer kept (retention deleted up to position " + deletedUpTo
                            + "); start again without a cursor.");
        }
        List<FeedEvent> events = rows.stream()
                .filter(row -> row[8] != null)
                .map(EventFeedResource::event)
                .collect(Collectors.toList());
        long last = events.isEmpty() ? after : events.get(events.size() - 1).position();
        return new Page<>(events, Page.link(uri, Long.toString(last), request.limit()));
    }

    /** Hibernate gives a timestamptz column as Instant or Timestamp depending on its type mapping. */
    private static java.time.Instant instant(Object value) {
        return value instanceof Timestamp ? ((Timestamp) value).toInstant() : (java.time.Instant) value;
    }

    /** A row of the page: column 0 is the retention mark, the event's columns follow. */
    private static FeedEvent event(Object[] row) {
        return new FeedEvent(
                row[1].toString(),
                (String) row[2],
                (String) row[3],
                (String) row[4],
                instant(row[5]).toString(),
                (String) row[6],
                new com.fasterxml.jackson.databind.util.RawValue((String) row[7]),
                ((Number) row[8]).longValue());
    }
}
