package vn.customs.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The committed AsyncAPI document names every event type the contracts define, and the four topics. */
class ContractsDocumentTest {

    @Test
    void everyEventRecordIsAMessageOfTheDocument() throws Exception {
        Set<String> documented = messages(document()).keySet();
        Set<String> defined = eventTypes();
        Set<String> missing = new TreeSet<>(defined);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "asyncapi.yaml lacks messages for " + missing);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachMessageDocumentsExactlyTheFieldsOfItsRecordOnItsProducersChannel() throws Exception {
        Map<String, Object> document = document();
        Map<String, Object> channels = (Map<String, Object>) document.get("channels");
        for (Class<?> type : eventClasses()) {
            Map<String, Object> message =
                    (Map<String, Object>) messages(document).get(type.getSimpleName());
            Map<String, Object> payload = (Map<String, Object>) message.get("payload");
            Set<String> documented = ((Map<String, Object>) payload.get("properties")).keySet();
            Set<String> fields = java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName)
                    .collect(Collectors.toSet());
            assertEquals(fields, documented, "payload of " + type.getSimpleName());

            EventDescriptor descriptor = EventDescriptor.of(type.asSubclass(Event.class));
            assertEquals(descriptor.type(), message.get("title"));
            Map<String, Object> channel = (Map<String, Object>) channels.values().stream()
                    .filter(c -> descriptor.topic().equals(((Map<String, Object>) c).get("address")))
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    ((Map<String, Object>) channel.get("messages")).containsKey(type.getSimpleName()),
                    type.getSimpleName() + " is not listed on " + descriptor.topic());
        }
    }

    @Test
    void theDocumentHasOneChannelPerProducingService() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> channels =
                (Map<String, Map<String, Object>>) document().get("channels");
        assertEquals(
                Set.of(Topics.DECLARATIONS, Topics.STAFFING, Topics.HOTLINE, Topics.INSPECTIONS),
                channels.values().stream()
                        .map(channel -> channel.get("address"))
                        .collect(Collectors.toSet()));
    }

    @Test
    void anEventTypeNamesItsTopicTypeAndSource() {
        @CustomsEvent(source = "declarations", type = "DeclarationCleared")
        record DeclarationCleared(String aggregateId, java.time.Instant occurredAt) implements Event {}

        EventDescriptor descriptor = EventDescriptor.of(DeclarationCleared.class);
        assertEquals("customs.declarations.v1", descriptor.topic());
        assertEquals("customs.declarations.DeclarationCleared.v1", descriptor.type());
        assertEquals("/customs/declarations", descriptor.source());
    }

    private static Map<String, Object> document() throws Exception {
        try (InputStream in = ContractsDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> messages(Map<String, Object> document) {
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Object messages = components.get("messages");
        return messages == null ? Map.of() : (Map<String, Object>) messages;
    }

    private static Set<Class<?>> eventClasses() throws Exception {
        Set<Class<?>> classes = new java.util.HashSet<>();
        for (String name : eventClassNames()) {
            classes.add(Class.forName(name));
        }
        return classes;
    }

    private static Set<String> eventClassNames() throws Exception {
        try (InputStream in = ContractsDocumentTest.class.getResourceAsStream("/META-INF/jandex.idx")) {
            Index index = new IndexReader(in).read();
            return index.getAnnotations(DotName.createSimple(CustomsEvent.class.getName())).stream()
                    .map(annotation -> annotation.target().asClass().name().toString())
                    .collect(Collectors.toSet());
        }
    }

    /** Simple names of the {@code @CustomsEvent} records in the main jar's index (built by the Jandex plugin). */
    private static Set<String> eventTypes() throws Exception {
        try (InputStream in = ContractsDocumentTest.class.getResourceAsStream("/META-INF/jandex.idx")) {
            Index index = new IndexReader(in).read();
            return index.getAnnotations(DotName.createSimple(CustomsEvent.class.getName())).stream()
                    .map(AnnotationInstance::target)
                    .map(target -> target.asClass().simpleName())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
