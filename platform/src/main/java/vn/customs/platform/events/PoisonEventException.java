package vn.customs.platform.events;

/** An event a consumer could not apply after its retries; its message becomes the dead-letter reason. */
public class PoisonEventException extends RuntimeException {

    PoisonEventException(String consumer, IncomingEvent event, RuntimeException cause) {
        super(consumer + " cannot apply event " + event.id() + " (" + event.type() + "): " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
