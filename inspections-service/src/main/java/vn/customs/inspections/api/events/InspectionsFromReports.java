package vn.customs.inspections.api.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    public void on(ConsumerRecord<String, String> record) {
        receive(record);
    }

    @Override
    public void apply(IncomingEvent event) {
        proposals.fromReport(event.payloadAs(TargetedInspectionRequested.class));
    }
}
