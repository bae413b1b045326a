package vn.customs.launcher;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.customs.localinfra.FreePorts;

/** A service that dies at start (a failed migration, a bad setting) is reported with the end of its log. */
class ServiceProcessTest {

    /** Stands in for a service whose migration fails: says why on its output and exits with 1. */
    public static final class FailingService {
        public static void main(String[] args) {
            System.out.println("Starting declarations-service ...");
            System.out.println("ERROR Failed to start application: FlywayValidateException: Migration V2__bad.sql"
                    + " failed: syntax error at or near \"CREAT\"");
            System.exit(1);
        }
    }

    @Test
    void aServiceThatExitsBeforeItIsReadyIsReportedWithItsExitCodeAndTheEndOfItsLog(@TempDir Path logs)
            throws Exception {
        ServiceSpec spec = ServiceSpec.ALL.get(0);
        List<String> command = List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                FailingService.class.getName());
        ServiceProcess process =
                ServiceProcess.start(spec, FreePorts.find(), command, Map.of(), logs.resolve("declarations.log"));

        SuiteException failure = assertThrows(
                SuiteException.class,
                () -> process.awaitReady("127.0.0.1", Instant.now().plus(Duration.ofSeconds(60))));

        assertTrue(
                failure.getMessage().contains("declarations-service exited with code 1 before it was ready"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("Migration V2__bad.sql failed"), failure.getMessage());
        assertTrue(Files.readString(logs.resolve("declarations.log")).contains("FlywayValidateException"));
    }
}
