package vn.customs.declarations.infrastructure;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.inspections.FindingRecorded;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/**
 * Keeps the findings of inspections about declarations in the enterprises' compliance record, through the inbox:
 * a {@code FindingRecorded} that names a declaration, with a severity above {@code REMINDER}, counts against the
 * declaration's declarant. A finding naming no declaration is about an officer or a unit only, and is not this
 * record's business; one naming a declaration this service does not have is refused to the dead-letter topic.
 */
@ApplicationScoped
public class ComplianceRecordProjection extends EventConsumer {

    static final String CONSUMER = "declarations.compliance";
    static final String CHANNEL = "inspections-events";

    private final EntityManager entityManager;

    ComplianceRecordProjection(Inbox inbox, EntityManager entityManager) {
        super(inbox, CONSUMER, CHANNEL, FindingRecorded.class);
        this.entityManager = entityManager;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        FindingRecorded finding = event.payloadAs(FindingRecorded.class);
        if (finding.declarationId() == null || "REMINDER".equals(finding.severity())) {
            return;
        }
        UUID declarationId;
        try {
            declarationId = UUID.fromString(finding.declarationId());
        } catch (IllegalArgumentException notAnId) {
            throw new EventRejectedException("finding " + finding.findingId() + " names declaration '"
                    + finding.declarationId() + "', which is not a declaration id");
        }
        @SuppressWarnings("unchecked")
        List<String> declarant = entityManager
                .createNativeQuery("SELECT declarant_tax_id FROM declarations WHERE id = ?1")
                .setParameter(1, declarationId)
                .getResultList();
        if (declarant.isEmpty()) {
            throw new EventRejectedException("finding " + finding.findingId() + " names declaration " + declarationId
                    + ", which this service does not have");
        }
        entityManager
                .createNativeQuery("INSERT INTO enterprise_findings (finding_id, tax_id, declaration_id, severity,"
                        + " category, violation_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                .setParameter(1, finding.findingId())
                .setParameter(2, declarant.get(0))
                .setParameter(3, declarationId)
                .setParameter(4, finding.severity())
                .setParameter(5, finding.category())
                .setParameter(6, finding.violationDate())
                .executeUpdate();
    }
}
