package vn.customs.contracts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an event type goes and what it is called on the wire: its topic (one per producing service), its
 * CloudEvents {@code type} and {@code source}.
 */
public record EventDescriptor(String topic, String type, String source) {

    private static final Map<Class<?>, EventDescriptor> CACHE = new ConcurrentHashMap<>();

    /** The descriptor of an event class, read from its {@link CustomsEvent} annotation. */
    public static EventDescriptor of(Class<? extends Event> eventClass) {
        return CACHE.computeIfAbsent(eventClass, type -> {
            CustomsEvent annotation = type.getAnnotation(CustomsEvent.class);
            if (annotation == null) {
                throw new IllegalArgumentException(type.getName() + " is not annotated with @CustomsEvent");
            }
            return new EventDescriptor(
                    Topics.of(annotation.source()),
                    "customs." + annotation.source() + "." + annotation.type() + ".v" + annotation.version(),
                    "/customs/" + annotation.source());
        });
    }
}
