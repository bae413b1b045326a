package vn.customs.staffing.infrastructure;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.EventDescriptor;
import vn.customs.contracts.hotline.ReportConcluded;
import vn.customs.contracts.inspections.FindingRecorded;
import vn.customs.platform.events.Inbox;
import vn.customs.staffing.application.DisciplineCases;

/**
 * Inspections' findings and hotline's conclusions, through the inbox: each event applies once, in the transaction of
 * the discipline case it opens; other event types on those topics are not this service's business.
 */
@ApplicationScoped
public class OtherServicesEvents {

    static final String FINDINGS = "staffing.findings";
    static final String REPORTS = "staffing.reports";

    private static final String FINDING_RECORDED =
            EventDescriptor.of(FindingRecorded.class).type();
    private static final String REPORT_CONCLUDED =
            EventDescriptor.of(ReportConcluded.class).type();

    private final Inbox inbox;
    private final DisciplineCases discipline;

    OtherServicesEvents(Inbox inbox, DisciplineCases discipline) {
        this.inbox = inbox;
        this.discipline = discipline;
    }

    @Incoming("inspections-events")
    @Blocking
    public void onInspectionEvent(ConsumerRecord<String, String> record) {
        inbox.receive(FINDINGS, record, event -> {
            if (event.type().equals(FINDING_RECORDED)) {
                discipline.onFinding(event.payloadAs(FindingRecorded.class));
            }
        });
    }

    @Incoming("hotline-events")
    @Blocking
    public void onHotlineEvent(ConsumerRecord<String, String> record) {
        inbox.receive(REPORTS, record, event -> {
            if (event.type().equals(REPORT_CONCLUDED)) {
                discipline.onReportConcluded(event.payloadAs(ReportConcluded.class));
            }
        });
    }
}
