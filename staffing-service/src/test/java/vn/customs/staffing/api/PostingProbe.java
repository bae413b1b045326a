package vn.customs.staffing.api;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/** A test consumer of this service's topic, as another service would be: counts OfficerPosted per officer. */
@ApplicationScoped
public class PostingProbe extends EventConsumer {

    private final EntityManager entityManager;

    PostingProbe(Inbox inbox, EntityManager entityManager) {
        super(inbox, "test.posting-probe", "staffing-probe", OfficerPosted.class);
        this.entityManager = entityManager;
    }

    @Incoming("staffing-probe")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        entityManager
                .createNativeQuery("INSERT INTO test_posting_probe (officer_id, postings_applied) VALUES (?1, 1)"
                        + " ON CONFLICT (officer_id) DO UPDATE"
                        + " SET postings_applied = test_posting_probe.postings_applied + 1")
                .setParameter(1, event.payloadAs(OfficerPosted.class).officerId())
                .executeUpdate();
    }
}
