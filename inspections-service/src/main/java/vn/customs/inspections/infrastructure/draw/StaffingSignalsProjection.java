package vn.customs.inspections.infrastructure.draw;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.EventDescriptor;
import vn.customs.contracts.staffing.DisciplineCaseClosed;
import vn.customs.contracts.staffing.DisciplineCaseOpened;
import vn.customs.contracts.staffing.RotationOverdue;
import vn.customs.inspections.domain.draw.RiskSignal;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/**
 * Staffing's signals for the draw: rotations overdue without a legal exemption per unit, and discipline cases per
 * officer (an open case counts at the unit where the officer is posted on the draw's day). A case closed that was
 * never opened here is refused.
 */
@ApplicationScoped
public class StaffingSignalsProjection extends EventConsumer {

    static final String CONSUMER = "inspections.draw-staffing";
    static final String CHANNEL = "draw-staffing";

    private static final String OVERDUE =
            EventDescriptor.of(RotationOverdue.class).type();
    private static final String OPENED =
            EventDescriptor.of(DisciplineCaseOpened.class).type();
    private static final String CLOSED =
            EventDescriptor.of(DisciplineCaseClosed.class).type();

    private final EntityManager entityManager;
    private final SignalCounters counters;

    StaffingSignalsProjection(Inbox inbox, EntityManager entityManager, SignalCounters counters) {
        super(inbox, CONSUMER, CHANNEL, RotationOverdue.class, DisciplineCaseOpened.class, DisciplineCaseClosed.class);
        this.entityManager = entityManager;
        this.counters = counters;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        if (event.type().equals(OVERDUE)) {
            RotationOverdue overdue = event.payloadAs(RotationOverdue.class);
            SignalCounters.unit(overdue.unitCode());
            if (overdue.exemption() == null) {
                counters.add(overdue.unitCode(), RiskSignal.OVERDUE_ROTATION, overdue.occurredAt());
            } // an exempted officer stays lawfully: no signal
        } else if (event.type().equals(OPENED)) {
            DisciplineCaseOpened opened = event.payloadAs(DisciplineCaseOpened.class);
            if (opened.caseId() == null || opened.officerId() == null) {
                throw new EventRejectedException("a discipline case opened without a case id or an officer");
            }
            entityManager
                    .createNativeQuery("INSERT INTO draw_discipline_cases (case_id, officer_id, opened_at)"
                            + " VALUES (?1, ?2, ?3) ON CONFLICT (case_id) DO NOTHING")
                    .setParameter(1, opened.caseId())
                    .setParameter(2, opened.officerId())
                    .setParameter(3, counters.when(opened.occurredAt()))
                    .executeUpdate();
        } else if (event.type().equals(CLOSED)) {
            DisciplineCaseClosed closed = event.payloadAs(DisciplineCaseClosed.class);
            int updated = entityManager
                    .createNativeQuery("UPDATE draw_discipline_cases SET closed_at = COALESCE(closed_at, ?2)"
                            + " WHERE case_id = ?1")
                    .setParameter(1, closed.caseId())
                    .setParameter(2, counters.when(closed.occurredAt()))
                    .executeUpdate();
            if (updated == 0) {
                throw new EventRejectedException("discipline case " + closed.caseId()
                        + " closed, but its opening (DisciplineCaseOpened) was never applied here");
            }
        }
    }
}
