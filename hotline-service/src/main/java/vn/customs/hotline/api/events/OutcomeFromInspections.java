package vn.customs.hotline.api.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.inspections.InspectionConcluded;
import vn.customs.hotline.application.RecordInspectionOutcome;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/** An inspection a report asked for was concluded: its outcome goes back to the report and, in plain words, to the reporter. */
@ApplicationScoped
public class OutcomeFromInspections extends EventConsumer {

    private final RecordInspectionOutcome outcomes;

    OutcomeFromInspections(Inbox inbox, RecordInspectionOutcome outcomes) {
        super(inbox, "hotline.inspections", "inspections-events", InspectionConcluded.class);
        this.outcomes = outcomes;
    }

    @Incoming("inspections-events")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        outcomes.record(event.payloadAs(InspectionConcluded.class));
    }
}
