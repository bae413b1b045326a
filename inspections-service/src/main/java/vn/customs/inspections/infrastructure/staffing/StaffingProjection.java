package vn.customs.inspections.infrastructure.staffing;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.EventDescriptor;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.contracts.staffing.OfficerRegistered;
import vn.customs.contracts.staffing.PostingEnded;
import vn.customs.contracts.staffing.UnitHeadChanged;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/**
 * Keeps, through the inbox, what inspections knows of staffing's officers: every posting with its function and
 * whether the post is sensitive ({@code OfficerPosted}, {@code PostingEnded}; table {@code postings}), the dated
 * history of each unit's heads ({@code UnitHeadChanged}; table {@code unit_heads}) and the units where each officer
 * declared a relative ({@code OfficerRegistered}; table {@code officer_relative_units}). Ended postings and former
 * heads stay: teams look years back, and a violation is answered for by the head of its day. An event that would
 * change nothing, or would write nonsense, is refused to the dead-letter topic.
 */
@ApplicationScoped
public class StaffingProjection extends EventConsumer {

    static final String CONSUMER = "inspections.staffing";
    static final String CHANNEL = "staffing-events";

    private static final String POSTED = EventDescriptor.of(OfficerPosted.class).type();
    private static final String ENDED = EventDescriptor.of(PostingEnded.class).type();
    private static final String HEAD_CHANGED =
            EventDescriptor.of(UnitHeadChanged.class).type();
    private static final String REGISTERED =
            EventDescriptor.of(OfficerRegistered.class).type();

    private final EntityManager entityManager;

    StaffingProjection(Inbox inbox, EntityManager entityManager) {
        super(
                inbox,
                CONSUMER,
                CHANNEL,
                OfficerPosted.class,
                PostingEnded.class,
                UnitHeadChanged.class,
                OfficerRegistered.class);
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
            posted(event.payloadAs(OfficerPosted.class));
        } else if (event.type().equals(ENDED)) {
            ended(event.payloadAs(PostingEnded.class));
        } else if (event.type().equals(HEAD_CHANGED)) {
            headChanged(event.payloadAs(UnitHeadChanged.class));
        } else if (event.type().equals(REGISTERED)) {
            registered(event.payloadAs(OfficerRegistered.class));
        }
    }

    private void posted(OfficerPosted posted) {
        UnitDirectoryProjection.requireUnitCode(posted.unitCode());
        if (posted.postingId() == null) {
            throw new EventRejectedException("a posting of officer " + posted.officerId() + " has no id");
        }
        if (posted.from() == null) {
            throw new EventRejectedException("posting " + posted.postingId() + " has no first day (from)");
        }
        // the same posting announced again (a new event id) changes nothing: its start is already here
        entityManager
                .createNativeQuery("INSERT INTO postings (posting_id, officer_id, unit_code, post_id, post_function,"
                        + " sensitive_post, valid_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        + " ON CONFLICT (posting_id) DO NOTHING")
                .setParameter(1, posted.postingId())
                .setParameter(2, officer(posted.officerId()))
                .setParameter(3, posted.unitCode())
                .setParameter(4, posted.postId())
                .setParameter(5, posted.postFunction())
                .setParameter(6, posted.sensitivePost())
                .setParameter(7, posted.from())
                .executeUpdate();
    }

    private void ended(PostingEnded ended) {
        if (ended.to() == null) {
            // applied, it would reopen the posting: an officer on post for ever
            throw new EventRejectedException("posting " + ended.postingId() + " ended without a last day (to)");
        }
        // Staffing keys a posting's start and end by the officer, so the start comes first: an end for a posting
        // never seen here means a lost or misrouted event. Refused to the dead-letter topic, to replay later.
        int updated = entityManager
                .createNativeQuery("UPDATE postings SET valid_to = ?2 WHERE posting_id = ?1")
                .setParameter(1, ended.postingId())
                .setParameter(2, ended.to())
                .executeUpdate();
        if (updated == 0) {
            throw new EventRejectedException(
                    "posting " + ended.postingId() + " ended, but its start (OfficerPosted) was never applied here");
        }
    }

    private void headChanged(UnitHeadChanged changed) {
        UnitDirectoryProjection.requireUnitCode(changed.unitCode());
        if (changed.from() == null) {
            throw new EventRejectedException("unit " + changed.unitCode() + " has a new head without a first day");
        }
        // a second change from the same day corrects the first: the later event names the head of that day
        entityManager
                .createNativeQuery(
                        "INSERT INTO unit_heads (unit_code, valid_from, head_officer_id) VALUES (?1, ?2, CAST(NULLIF(?3, '') AS uuid))"
                                + " ON CONFLICT (unit_code, valid_from) DO UPDATE SET head_officer_id = EXCLUDED.head_officer_id")
                .setParameter(1, changed.unitCode())
                .setParameter(2, changed.from())
                // a vacancy (no head) travels as an empty text, never as a null whose SQL type the driver would have to
                // guess
                .setParameter(
                        3,
                        changed.headOfficerId() == null
                                ? ""
                                : officer(changed.headOfficerId()).toString())
                .executeUpdate();
    }

    private void registered(OfficerRegistered registered) {
        UUID officer = officer(registered.officerId());
        List<String> units = registered.relativeUnitCodes();
        if (units == null) {
            // an event from before staffing published relatives says nothing about them: what is known stays
            return;
        }
        units.forEach(UnitDirectoryProjection::requireUnitCode);
        // staffing sends the whole register entry on every revision: its list replaces the one known
        entityManager
                .createNativeQuery("DELETE FROM officer_relative_units WHERE officer_id = ?1")
                .setParameter(1, officer)
                .executeUpdate();
        for (String unit : units.stream().distinct().toList()) {
            entityManager
                    .createNativeQuery("INSERT INTO officer_relative_units (officer_id, unit_code) VALUES (?1, ?2)")
                    .setParameter(1, officer)
                    .setParameter(2, unit)
                    .executeUpdate();
        }
    }

    private static UUID officer(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventRejectedException("officer id " + id + " is not an officer id (UUID)");
        }
    }
}
