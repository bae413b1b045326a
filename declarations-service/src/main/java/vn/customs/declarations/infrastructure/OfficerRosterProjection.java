package vn.customs.declarations.infrastructure;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.EventDescriptor;
import vn.customs.contracts.staffing.DisciplineCaseClosed;
import vn.customs.contracts.staffing.DisciplineCaseOpened;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.contracts.staffing.OfficerRegistered;
import vn.customs.contracts.staffing.PostingEnded;
import vn.customs.contracts.staffing.UnitHeadChanged;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/**
 * Builds the officer read model from staffing's events, through the inbox (each event once, in the transaction of
 * its change): postings and their ends, suspensions by open discipline cases, declared interests, unit heads.
 */
@ApplicationScoped
public class OfficerRosterProjection extends EventConsumer {

    static final String CONSUMER = "declarations.officers";

    private static final String REGISTERED =
            EventDescriptor.of(OfficerRegistered.class).type();
    private static final String POSTED = EventDescriptor.of(OfficerPosted.class).type();
    private static final String ENDED = EventDescriptor.of(PostingEnded.class).type();
    private static final String CASE_OPENED =
            EventDescriptor.of(DisciplineCaseOpened.class).type();
    private static final String CASE_CLOSED =
            EventDescriptor.of(DisciplineCaseClosed.class).type();
    private static final String HEAD_CHANGED =
            EventDescriptor.of(UnitHeadChanged.class).type();

    private final EntityManager entityManager;

    OfficerRosterProjection(Inbox inbox, EntityManager entityManager) {
        super(
                inbox,
                CONSUMER,
                "staffing-events",
                OfficerRegistered.class,
                OfficerPosted.class,
                PostingEnded.class,
                DisciplineCaseOpened.class,
                DisciplineCaseClosed.class,
                UnitHeadChanged.class);
        this.entityManager = entityManager;
    }

    @Incoming("staffing-events")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        String type = event.type();
        if (type.equals(REGISTERED)) {
            registered(event.payloadAs(OfficerRegistered.class));
        } else if (type.equals(POSTED)) {
            posted(event.payloadAs(OfficerPosted.class));
        } else if (type.equals(ENDED)) {
            ended(event.payloadAs(PostingEnded.class));
        } else if (type.equals(CASE_OPENED)) {
            caseOpened(event.payloadAs(DisciplineCaseOpened.class));
        } else if (type.equals(HEAD_CHANGED)) {
            headChanged(event.payloadAs(UnitHeadChanged.class));
        } else if (type.equals(CASE_CLOSED)) {
            // Zero rows is normal here: a case that did not suspend the officer left nothing to lift.
            update(
                    "DELETE FROM officer_suspensions WHERE case_id = ?1",
                    event.payloadAs(DisciplineCaseClosed.class).caseId());
        }
    }

    private void registered(OfficerRegistered officer) {
        String conflicts =
                officer.conflictOfInterestTaxIds() == null ? "" : String.join(",", officer.conflictOfInterestTaxIds());
        update(
                "INSERT INTO officer_records (officer_id, full_name, conflict_tax_ids) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (officer_id) DO UPDATE SET full_name = ?2, conflict_tax_ids = ?3",
                UUID.fromString(officer.officerId()),
                officer.fullName(),
                conflicts);
    }

    private void posted(OfficerPosted posted) {
        update(
                "INSERT INTO officer_postings (posting_id, officer_id, unit_code, valid_from) VALUES (?1, ?2, ?3, ?4)"
                        + " ON CONFLICT (posting_id) DO NOTHING",
                posted.postingId(),
                UUID.fromString(posted.officerId()),
                posted.unitCode(),
                posted.from());
    }

    private void ended(PostingEnded ended) {
        // Staffing keys a posting's start and end by the officer, so the start always comes first: an end for a
        // posting this read model never saw means a lost or misrouted event, and an officer who could stay
        // assignable at a gate he left. Refused to the dead-letter topic, to replay once the start is here.
        if (update("UPDATE officer_postings SET valid_to = ?2 WHERE posting_id = ?1", ended.postingId(), ended.to())
                == 0) {
            throw new EventRejectedException("posting " + ended.postingId() + " ended, but its start"
                    + " (OfficerPosted) was never applied here");
        }
    }

    private void headChanged(UnitHeadChanged changed) {
        update(
                "INSERT INTO unit_heads (unit_code, valid_from, head_officer_id) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (unit_code, valid_from) DO UPDATE SET head_officer_id = ?3",
                changed.unitCode(),
                changed.from(),
                changed.headOfficerId() == null ? null : UUID.fromString(changed.headOfficerId()));
    }

    private void caseOpened(DisciplineCaseOpened opened) {
        if (opened.suspended()) {
            update(
                    "INSERT INTO officer_suspensions (case_id, officer_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                    opened.caseId(),
                    UUID.fromString(opened.officerId()));
        }
    }

    private int update(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
