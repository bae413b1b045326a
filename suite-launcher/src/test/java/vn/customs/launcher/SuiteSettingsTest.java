package vn.customs.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsPutTheServicesOnTheirDocumentedPortsAndTheDataUnderDotSuite() {
        SuiteSettings settings = SuiteSettings.from(ROOT, Map.of());

        assertEquals(Path.of("/repo/.suite"), settings.home());
        assertEquals(15432, settings.postgresPort());
        assertEquals(19092, settings.kafkaPort());
        assertEquals(
                Map.of(
                        ServiceSpec.ALL.get(0),
                        8081,
                        ServiceSpec.ALL.get(1),
                        8082,
                        ServiceSpec.ALL.get(2),
                        8083,
                        ServiceSpec.ALL.get(3),
                        8084),
                settings.servicePorts());
        assertTrue(settings.externalPostgresUrl().isEmpty());
        assertTrue(settings.externalKafka().isEmpty());
        // the four services with the demo quarter took up to 95 s on 2 busy cores: 120 s failed a start after a build
        assertEquals(300, settings.readyTimeoutSeconds());
    }

    @Test
    void theServicesGetTheMeasuredJvmOptionsUnlessSuiteJavaOptsReplacesThem() {
        assertEquals(
                ServiceSpec.JAVA_OPTIONS, SuiteSettings.from(ROOT, Map.of()).serviceJavaOptions());
        assertTrue(ServiceSpec.JAVA_OPTIONS.contains("-Xmx256m"));

        assertEquals(
                java.util.List.of("-Xmx512m", "-XX:+UseG1GC"),
                SuiteSettings.from(ROOT, Map.of("SUITE_JAVA_OPTS", " -Xmx512m  -XX:+UseG1GC "))
                        .serviceJavaOptions());
    }

    @Test
    void everyPortAndExternalServerCanBeChosenFromTheEnvironment() {
        SuiteSettings settings = SuiteSettings.from(
                ROOT,
                Map.of(
                        "SUITE_HOTLINE_PORT", "9083",
                        "SUITE_POSTGRES_URL", "jdbc:postgresql://db:5432/postgres",
                        "SUITE_KAFKA_BOOTSTRAP_SERVERS", "broker:9092"));

        assertEquals(9083, settings.servicePorts().get(ServiceSpec.ALL.get(2)));
        assertEquals(
                "jdbc:postgresql://db:5432/postgres",
                settings.externalPostgresUrl().orElseThrow());
        assertEquals("broker:9092", settings.externalKafka().orElseThrow());
    }

    @Test
    void aPortThatIsNotANumberOrOutOfRangeIsRefusedWithItsVariableName() {
        SuiteException notANumber =
                assertThrows(SuiteException.class, () -> SuiteSettings.from(ROOT, Map.of("SUITE_KAFKA_PORT", "kafka")));
        assertTrue(notANumber.getMessage().contains("SUITE_KAFKA_PORT=kafka"));

        SuiteException outOfRange = assertThrows(
                SuiteException.class, () -> SuiteSettings.from(ROOT, Map.of("SUITE_STAFFING_PORT", "70000")));
        assertTrue(outOfRange.getMessage().contains("SUITE_STAFFING_PORT=70000"));
    }
}
