package vn.customs.staffing.api;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.EventDescriptor;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.platform.events.Inbox;

/** A test consumer of this service's topic, as another service would be: counts OfficerPosted per officer. */
@ApplicationScoped
public class PostingProbe {

    private static final String OFFICER_POSTED =
            EventDescriptor.of(OfficerPosted.class).type();

    private final Inbox inbox;
    private final EntityManager entityManager;

    PostingProbe(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("staffing-probe")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.receive("test.posting-probe", record, event -> {
            if (event.type().equals(OFFICER_POSTED)) {
                entityManager
                        .createNativeQuery(
                                "INSERT INTO test_posting_probe (officer_id, postings_applied) VALUES (?1, 1)"
                                        + " ON CONFLICT (officer_id) DO UPDATE"
                                        + " SET postings_applied = test_posting_probe.postings_applied + 1")
                        .setParameter(1, event.payloadAs(OfficerPosted.class).officerId())
                        .executeUpdate();
            }
        });
    }
}
