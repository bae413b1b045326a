package vn.customs.inspections.infrastructure.staffing;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.customs.contracts.EventDescriptor;
import vn.customs.contracts.staffing.UnitClosed;
import vn.customs.contracts.staffing.UnitOpened;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.events.EventConsumer;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.events.Inbox;
import vn.customs.platform.events.IncomingEvent;

/**
 * Keeps the unit directory (table {@code units}) from staffing's {@code UnitOpened} and {@code UnitClosed}, through
 * the inbox: each unit's name, kind, the unit above it, whether it is remote and the day it closed. A closing of a
 * unit never opened here is refused to the dead-letter topic, to replay once its opening has arrived.
 */
@ApplicationScoped
public class UnitDirectoryProjection extends EventConsumer {

    static final String CONSUMER = "inspections.units";
    static final String CHANNEL = "staffing-units";

    private static final String OPENED = EventDescriptor.of(UnitOpened.class).type();
    private static final String CLOSED = EventDescriptor.of(UnitClosed.class).type();

    private final EntityManager entityManager;

    UnitDirectoryProjection(Inbox inbox, EntityManager entityManager) {
        super(inbox, CONSUMER, CHANNEL, UnitOpened.class, UnitClosed.class);
        this.entityManager = entityManager;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return receive(batch);
    }

    @Override
    public void apply(IncomingEvent event) {
        if (event.type().equals(OPENED)) {
            UnitOpened opened = event.payloadAs(UnitOpened.class);
            requireUnitCode(opened.unitCode());
            if (opened.parentCode() != null) {
                requireUnitCode(opened.parentCode());
            }
            if (opened.kind() == null) {
                throw new EventRejectedException("unit " + opened.unitCode() + " opened without a kind");
            }
            entityManager
                    .createNativeQuery("INSERT INTO units (unit_code, name, kind, parent_code, remote_area)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (unit_code)"
                            + " DO UPDATE SET name = ?2, kind = ?3, parent_code = ?4, remote_area = ?5")
                    .setParameter(1, opened.unitCode())
                    .setParameter(2, opened.name())
                    .setParameter(3, opened.kind())
                    .setParameter(4, opened.parentCode())
                    .setParameter(5, opened.remoteArea())
                    .executeUpdate();
        } else if (event.type().equals(CLOSED)) {
            UnitClosed closed = event.payloadAs(UnitClosed.class);
            int updated = entityManager
                    .createNativeQuery("UPDATE units SET closed_on = ?2 WHERE unit_code = ?1")
                    .setParameter(1, closed.unitCode())
                    .setParameter(2, closed.closedOn())
                    .executeUpdate();
            if (updated == 0) {
                throw new EventRejectedException(
                        "unit " + closed.unitCode() + " closed, but its opening (UnitOpened) was never applied here");
            }
        }
    }

    /** A unit code the rest of the suite could not name would break every read of the directory: refused here. */
    static void requireUnitCode(String code) {
        if (!UnitCode.valid(code)) {
            throw new EventRejectedException("unit code " + code + " is not a valid unit code");
        }
    }
}
