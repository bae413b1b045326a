package vn.customs.staffing.api.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.hotline.ReportConcluded;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;
import vn.customs.staffing.application.OpenDisciplineCase;

/**
 * Hotline reports concluded as substantiated put the officers they concern under review, through the inbox. An inbound
 * listener that drives a use case, like a resource does.
 */
@ApplicationScoped
public class ReviewFromHotlineReports extends EventConsumer {

    private final OpenDisciplineCase discipline;

    ReviewFromHotlineReports(Inbox inbox, OpenDisciplineCase discipline) {
        super(inbox, "staffing.reports", "hotline-events", ReportConcluded.class);
        this.discipline = discipline;
    }

    @Incoming("hotline-events")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        discipline.onReportConcluded(event.payloadAs(ReportConcluded.class));
    }
}
