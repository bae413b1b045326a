package vn.customs.hotline.infrastructure;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.EventDescriptor;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.contracts.staffing.PostingEnded;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/**
 * Keeps every officer's posting history (table {@code postings}) from staffing's {@code OfficerPosted} and {@code
 * PostingEnded}, through the inbox. Ended postings stay: conflicts of interest look years back. An end of a posting
 * never started here is refused to the dead-letter topic, to replay once its start has arrived.
 */
@ApplicationScoped
public class PostingHistoryProjection extends EventConsumer {

    static final String CONSUMER = "hotline.postings";
    static final String CHANNEL = "staffing-postings";

    private static final String POSTED = EventDescriptor.of(OfficerPosted.class).type();
    private static final String ENDED = EventDescriptor.of(PostingEnded.class).type();

    private final EntityManager entityManager;

    PostingHistoryProjection(Inbox inbox, EntityManager entityManager) {
        super(inbox, CONSUMER, CHANNEL, OfficerPosted.class, PostingEnded.class);
        this.entityManager = entityManager;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        if (event.type().equals(POSTED)) {
            OfficerPosted posted = event.payloadAs(OfficerPosted.class);
            UnitDirectoryProjection.requireUnitCode(posted.unitCode());
            if (posted.from() == null) {
                throw new EventRejectedException("posting " + posted.postingId() + " has no first day (from)");
            }
            // the same posting announced again (a new event id) changes nothing: its start is already here
            entityManager
                    .createNativeQuery(
                            "INSERT INTO postings (posting_id, officer_id, unit_code, post_id, post_function,"
                                    + " valid_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (posting_id) DO NOTHING")
                    .setParameter(1, posted.postingId())
                    .setParameter(2, UUID.fromString(posted.officerId()))
                    .setParameter(3, posted.unitCode())
                    .setParameter(4, posted.postId())
                    .setParameter(5, posted.postFunction())
                    .setParameter(6, posted.from())
                    .executeUpdate();
        } else if (event.type().equals(ENDED)) {
            PostingEnded ended = event.payloadAs(PostingEnded.class);
            if (ended.to() == null) {
                // applied, it would reopen the posting: an officer on post for ever
                throw new EventRejectedException("posting " + ended.postingId() + " ended without a last day (to)");
            }
            // Staffing keys a posting's start and end by the officer, so the start comes first: an end for a
            // posting never seen here means a lost or misrouted event, and a history that would show the officer
            // on post for ever. Refused to the dead-letter topic, to replay once the start is here.
            int updated = entityManager
                    .createNativeQuery("UPDATE postings SET valid_to = ?2 WHERE posting_id = ?1")
                    .setParameter(1, ended.postingId())
                    .setParameter(2, ended.to())
                    .executeUpdate();
            if (updated == 0) {
                throw new EventRejectedException("posting " + ended.postingId()
                        + " ended, but its start (OfficerPosted) was never applied here");
            }
        }
    }
}
