package vn.customs.platform.events;

import vn.customs.platform.persistence.DatabaseFailures;

/**
 * An event a consumer cannot apply for a deterministic reason; its message becomes the dead-letter reason. Only
 * this exception sends a record to the dead-letter topic (see {@link InboxFailureStrategy}).
 */
public class PoisonEventException extends RuntimeException {

    PoisonEventException(String consumer, IncomingEvent event, RuntimeException cause) {
        super(
                consumer + " cannot apply event " + event.id() + " (" + event.type() + "): "
                        + DatabaseFailures.describe(cause),
                cause);
    }

    PoisonEventException(String consumer, String recordName, RuntimeException cause) {
        super(consumer + " cannot read record " + recordName + ": " + DatabaseFailures.describe(cause), cause);
    }
}
