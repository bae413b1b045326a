package vn.customs.localinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real, single-node Apache Kafka broker (KRaft: broker and controller in one node) running inside this JVM,
 * from the {@code kafka_2.13} jar of Maven Central. The same server the Kafka distribution runs, without a
 * download or Docker.
 */
public final class EmbeddedKafkaBroker implements KafkaBroker {

    private final Properties properties;
    private final int port;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Properties properties, int port) {
        this.properties = properties;
        this.port = port;
    }

    /** A throw-away broker on free ports with a fresh log directory: what a test run wants. */
    public static EmbeddedKafkaBroker startEphemeral() {
        try {
            Path logDir = Files.createTempDirectory("customs-kafka-");
            logDir.toFile().deleteOnExit();
            return start(logDir, FreePorts.find(), FreePorts.find());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker on fixed ports that keeps its topics in {@code logDir} across restarts: what the local run wants.
     * The directory is formatted the first time only.
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port, int controllerPort) {
        Properties properties = serverProperties(logDir, port, controllerPort);
        format(logDir, properties);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(properties, port);
        broker.resume();
        return broker;
    }

    /** Stops the broker but keeps its ports and its log directory, so that {@link #resume()} brings it back. */
    public synchronized void pause() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the broker (again) on the same ports and log directory: clients reconnect by themselves. */
    public synchronized void resume() {
        if (server != null) {
            return;
        }
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            starting.shutdown();
            throw new IllegalStateException("Kafka broker did not start on port " + port + ": " + e.getMessage(), e);
        }
        server = starting;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        pause();
    }

    private static Properties serverProperties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        // One node: every internal topic has one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("auto.create.topics.enable", "true");
        // A consumer group starts at once instead of waiting for more members.
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private static void format(Path logDir, Properties properties) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return; // formatted by an earlier run: keep its cluster id and its topics
        }
        try {
            Files.createDirectories(logDir);
            Path config = Files.createTempFile("customs-kafka-", ".properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                properties.store(out, "generated by EmbeddedKafkaBroker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                StorageTool.execute(
                        new String[] {
                            "format",
                            "--ignore-formatted",
                            "-t",
                            Uuid.randomUuid().toString(),
                            "-c",
                            config.toString()
                        },
                        print);
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "Cannot format Kafka log directory " + logDir + ": " + e.getMessage() + "\n" + output, e);
            } finally {
                Files.deleteIfExists(config);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
