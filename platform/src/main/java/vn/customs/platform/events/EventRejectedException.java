package vn.customs.platform.events;

/**
 * An event that this consumer cannot apply as it is, whatever the retries: it breaks a rule (an update that would
 * change no row, an object this consumer never heard of, an unknown schema version). The inbox sends it to the
 * dead-letter topic at once with this message as the reason; it can be replayed after a fix.
 */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String reason) {
        super(reason);
    }
}
