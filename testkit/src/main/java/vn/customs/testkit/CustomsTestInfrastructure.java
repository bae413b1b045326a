package vn.customs.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.customs.localinfra.EmbeddedKafkaBroker;
import vn.customs.localinfra.EmbeddedPostgresServer;
import vn.customs.localinfra.ExternalPostgresServer;
import vn.customs.localinfra.KafkaBroker;
import vn.customs.localinfra.PostgresServer;

/**
 * Gives a service's {@code @QuarkusTest}s a real PostgreSQL database of their own and a real Kafka broker.
 *
 * <p>Where they come from, in order of precedence:
 *
 * <ul>
 *   <li>PostgreSQL: the server whose maintenance database {@code CUSTOMS_TEST_JDBC_URL} names (with
 *       {@code CUSTOMS_TEST_JDBC_USER} and {@code CUSTOMS_TEST_JDBC_PASSWORD}); else Testcontainers when the
 *       build runs with {@code -Ptestcontainers}; else an embedded server started for this test run.
 *   <li>Kafka: the cluster {@code CUSTOMS_TEST_KAFKA_BOOTSTRAP_SERVERS} names; else Testcontainers under the same
 *       switch; else a broker started inside the test JVM.
 * </ul>
 *
 * Every run gets a fresh database (on a shared server, one with a unique name, dropped afterwards) and a
 * unique run id for topic and consumer-group names, so runs never see each other's data.
 *
 * <p>Use it once per service module, on any test class: {@code @QuarkusTestResource(value =
 * CustomsTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "declarations"))}.
 */
public class CustomsTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the service's database, e.g. {@code declarations}. */
    public static final String DATABASE = "database";

    /** System property or environment switch: {@code embedded} (default) or {@code testcontainers}. */
    public static final String MODE_PROPERTY = "customs.test.infrastructure";

    static final String JDBC_URL_ENV = "CUSTOMS_TEST_JDBC_URL";
    static final String KAFKA_ENV = "CUSTOMS_TEST_KAFKA_BOOTSTRAP_SERVERS";

    private String serviceDatabase;
    private String database;
    private boolean dropDatabaseOnStop;
    private PostgresServer postgres;
    private KafkaBroker kafka;

    @Override
    public void init(Map<String, String> initArgs) {
        serviceDatabase = initArgs.getOrDefault(DATABASE, "app");
    }

    @Override
    public Map<String, String> start() {
        String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        boolean containers = "testcontainers".equals(setting(MODE_PROPERTY, "CUSTOMS_TEST_INFRASTRUCTURE"));

        startPostgres(containers, runId);
        kafka = startKafka(containers);

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put(TestRun.RUN_ID_PROPERTY, runId);
        config.putAll(TestTokens.configure());
        config.putAll(TestRun.wiringProbeChannels(serviceDatabase, runId));
        return config;
    }

    private void startPostgres(boolean containers, String runId) {
        String externalUrl = System.getenv(JDBC_URL_ENV);
        if (externalUrl != null && !externalUrl.isBlank()) {
            postgres = new ExternalPostgresServer(
                    externalUrl,
                    System.getenv().getOrDefault("CUSTOMS_TEST_JDBC_USER", "postgres"),
                    System.getenv().getOrDefault("CUSTOMS_TEST_JDBC_PASSWORD", "postgres"));
            database = serviceDatabase + "_test_" + runId;
            dropDatabaseOnStop = true;
        } else {
            postgres = containers ? ContainerInfrastructure.startPostgres() : EmbeddedPostgresServer.startEphemeral();
            database = serviceDatabase;
        }
        postgres.createDatabaseIfMissing(database);
    }

    private static KafkaBroker startKafka(boolean containers) {
        String external = System.getenv(KAFKA_ENV);
        if (external != null && !external.isBlank()) {
            return KafkaBroker.external(external);
        }
        if (containers) {
            return ContainerInfrastructure.startKafka();
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startEphemeral();
        KafkaOutage.register(broker);
        return broker;
    }

    @Override
    public void stop() {
        TestTokens.stop();
        try {
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            if (postgres != null) {
                if (dropDatabaseOnStop) {
                    postgres.dropDatabase(database);
                }
                postgres.close();
            }
        }
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() ? value : System.getenv(env);
    }
}
