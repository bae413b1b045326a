package vn.customs.localinfra;

/** A real Apache Kafka broker that the tests or the local run talk to: embedded, external or in a container. */
public interface KafkaBroker extends AutoCloseable {

    /** The {@code bootstrap.servers} value clients use. */
    String bootstrapServers();

    /** Stops the broker if this process started it; leaves an external broker alone. */
    @Override
    void close();

    /** A broker someone else runs. */
    static KafkaBroker external(String bootstrapServers) {
        return new KafkaBroker() {
            @Override
            public String bootstrapServers() {
                return bootstrapServers;
            }

            @Override
            public void close() {
                // Not ours to stop.
            }
        };
    }
}
