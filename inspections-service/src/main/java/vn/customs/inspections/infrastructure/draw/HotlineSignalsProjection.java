package vn.customs.inspections.infrastructure.draw;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.EventDescriptor;
import vn.customs.contracts.hotline.ReportAccepted;
import vn.customs.contracts.hotline.ReportConcluded;
import vn.customs.inspections.domain.draw.RiskSignal;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/**
 * The hotline's signals for the draw: accepted reports, and those concluded substantiated (wholly or partly), per unit
 * (table {@code draw_reports}, counters in {@code draw_unit_signals}). A report about an officer only keeps the
 * officer, whose unit is looked up at draw time. A conclusion of a report never accepted here is refused.
 */
@ApplicationScoped
public class HotlineSignalsProjection extends EventConsumer {

    static final String CONSUMER = "inspections.draw-hotline";
    static final String CHANNEL = "draw-hotline";

    private static final String ACCEPTED =
            EventDescriptor.of(ReportAccepted.class).type();
    private static final String CONCLUDED =
            EventDescriptor.of(ReportConcluded.class).type();
    private static final Set<String> SUBSTANTIATED = Set.of("SUBSTANTIATED", "PARTLY_SUBSTANTIATED");
    private static final Set<String> OUTCOMES = Set.of("SUBSTANTIATED", "PARTLY_SUBSTANTIATED", "UNSUBSTANTIATED");

    private final EntityManager entityManager;
    private final SignalCounters counters;

    HotlineSignalsProjection(Inbox inbox, EntityManager entityManager, SignalCounters counters) {
        super(inbox, CONSUMER, CHANNEL, ReportAccepted.class, ReportConcluded.class);
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
        if (event.type().equals(ACCEPTED)) {
            accepted(event.payloadAs(ReportAccepted.class));
        } else if (event.type().equals(CONCLUDED)) {
            concluded(event.payloadAs(ReportConcluded.class));
        }
    }

    private void accepted(ReportAccepted accepted) {
        String unit = accepted.unitCode() == null
                ? null
                : SignalCounters.unit(accepted.unitCode()).value();
        if (accepted.reportId() == null || (unit == null && accepted.accusedOfficerId() == null)) {
            throw new EventRejectedException("report " + accepted.reportId() + " names neither a unit nor an officer");
        }
        int inserted = entityManager
                .createNativeQuery("INSERT INTO draw_reports (report_id, unit_code, officer_id, substantiated,"
                        + " accepted_at) VALUES (?1, ?2, ?3, false, ?4) ON CONFLICT (report_id) DO NOTHING")
                .setParameter(1, accepted.reportId())
                .setParameter(2, unit)
                .setParameter(3, unit == null ? accepted.accusedOfficerId() : null)
                .setParameter(4, counters.when(accepted.occurredAt()))
                .executeUpdate();
        // the same report accepted again (a new event id) counts once
        if (inserted == 1 && unit != null) {
            counters.add(unit, RiskSignal.ACCEPTED_REPORT, accepted.occurredAt());
        }
    }

    private void concluded(ReportConcluded concluded) {
        if (!OUTCOMES.contains(concluded.outcome())) {
            throw new EventRejectedException(
                    "report " + concluded.reportId() + " concluded with an unknown outcome " + concluded.outcome());
        }
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = entityManager
                .createNativeQuery("SELECT unit_code, substantiated FROM draw_reports WHERE report_id = ?1")
                .setParameter(1, concluded.reportId())
                .getResultList();
        if (rows.isEmpty()) {
            throw new EventRejectedException(
                    "report " + concluded.reportId() + " concluded, but its ReportAccepted was never applied here");
        }
        if (!SUBSTANTIATED.contains(concluded.outcome()) || Boolean.TRUE.equals(rows.get(0)[1])) {
            return; // unsubstantiated weighs nothing; a substantiated report counts once
        }
        entityManager
                .createNativeQuery("UPDATE draw_reports SET substantiated = true WHERE report_id = ?1")
                .setParameter(1, concluded.reportId())
                .executeUpdate();
        String unit = (String) rows.get(0)[0];
        if (unit != null) {
            counters.add(unit, RiskSignal.SUBSTANTIATED_REPORT, concluded.occurredAt());
        }
    }
}
