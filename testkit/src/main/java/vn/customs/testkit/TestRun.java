package vn.customs.testkit;

import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Facts about the current test run that tests need to stay apart from other runs on shared servers. */
public final class TestRun {

    static final String RUN_ID_PROPERTY = "customs.test.run-id";

    private TestRun() {}

    /** A short id unique to this test run, for topic names, consumer groups and business keys. */
    public static String id() {
        return ConfigProvider.getConfig().getValue(RUN_ID_PROPERTY, String.class);
    }

    /** The Kafka bootstrap servers the service under test uses. */
    public static String kafkaBootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** The topic of the wiring probe in this run. */
    public static String wiringTopic() {
        return ConfigProvider.getConfig().getValue("mp.messaging.outgoing.testkit-wiring-out.topic", String.class);
    }

    static Map<String, String> wiringProbeChannels(String service, String runId) {
        String topic = "testkit.wiring." + service + "." + runId;
        return Map.of(
                "mp.messaging.outgoing.testkit-wiring-out.topic",
                topic,
                "mp.messaging.incoming.testkit-wiring-in.topic",
                topic,
                "mp.messaging.incoming.testkit-wiring-in.group.id",
                "testkit-wiring-" + runId,
                "mp.messaging.incoming.testkit-wiring-in.auto.offset.reset",
                "earliest",
                // the probe takes one record at a time; the inbox's consumers take a poll at once (Inbox)
                "mp.messaging.incoming.testkit-wiring-in.batch",
                "false");
    }
}
