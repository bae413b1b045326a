package vn.customs.staffing.api.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.inspections.FindingRecorded;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;
import vn.customs.staffing.application.OpenDisciplineCase;

/**
 * Inspections' disciplinary findings open discipline cases, through the inbox: each finding once. An inbound listener
 * that drives a use case, like a resource does.
 */
@ApplicationScoped
public class DisciplineFromFindings extends EventConsumer {

    private final OpenDisciplineCase discipline;

    DisciplineFromFindings(Inbox inbox, OpenDisciplineCase discipline) {
        super(inbox, "staffing.findings", "inspections-events", FindingRecorded.class);
        this.discipline = discipline;
    }

    @Incoming("inspections-events")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        discipline.onFinding(event.payloadAs(FindingRecorded.class));
    }
}
