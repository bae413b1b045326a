package vn.customs.platform.events;

/**
 * The service is stopping while a consumer waits for the database to come back. The record is neither applied nor
 * dead-lettered: its offset stays uncommitted, so it is delivered again after the restart.
 */
public class ConsumerStoppedException extends RuntimeException {

    ConsumerStoppedException(String consumer, String eventId) {
        super(consumer + " stops before event " + eventId + " could be applied; it is delivered again on restart");
    }
}
