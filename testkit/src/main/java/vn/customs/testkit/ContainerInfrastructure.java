package vn.customs.testkit;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import vn.customs.localinfra.ExternalPostgresServer;
import vn.customs.localinfra.KafkaBroker;
import vn.customs.localinfra.PostgresServer;

/**
 * Testcontainers' PostgreSQL and Kafka, for machines with a Docker engine ({@code ./mvnw verify -Ptestcontainers}).
 * Kept apart so that Testcontainers' classes are loaded only when asked for. The images match docker-compose.yml.
 */
final class ContainerInfrastructure {

    static final String POSTGRES_IMAGE = "postgres:16-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private ContainerInfrastructure() {}

    static PostgresServer startPostgres() {
        PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
        container.start();
        return new ExternalPostgresServer(
                container.getJdbcUrl(), container.getUsername(), container.getPassword(), container::stop);
    }

    static KafkaBroker startKafka() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
        container.start();
        return new KafkaBroker() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public void close() {
                container.stop();
            }
        };
    }
}
