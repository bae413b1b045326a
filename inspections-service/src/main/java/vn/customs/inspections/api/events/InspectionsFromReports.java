package vn.customs.inspections.api.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.hotline.TargetedInspectionRequested;
import vn.customs.inspections.application.ProposeInspection;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/** A hotline report asked for a targeted inspection: a TARGETED inspection is proposed (DRAFT) for a lead to decide. */
@ApplicationScoped
public class InspectionsFromReports extends EventConsumer {

    private final ProposeInspection proposals;

    InspectionsFromReports(Inbox inbox, ProposeInspection proposals) {
        super(inbox, "inspections.reports", "hotline-events", TargetedInspectionRequested.class);
        this.proposals = proposals;
    }

    @Incoming("hotline-events")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        proposals.fromReport(event.payloadAs(TargetedInspectionRequested.class));
    }
}
