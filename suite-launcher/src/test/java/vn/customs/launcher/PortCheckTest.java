package vn.customs.launcher;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A taken port stops {@code ./suite up} before anything starts, naming the port and how to move it. */
class PortCheckTest {

    @Test
    void aTakenServicePortIsReportedWithTheVariableThatMovesIt(@TempDir Path root) throws Exception {
        for (ServiceSpec service : ServiceSpec.ALL) {
            Path jar = service.runnableJar(root);
            Files.createDirectories(jar.getParent());
            Files.createFile(jar);
        }
        try (ServerSocket occupant = new ServerSocket(0)) {
            int taken = occupant.getLocalPort();
            SuiteSettings settings = SuiteSettings.from(
                    root,
                    Map.of(
                            "SUITE_STAFFING_PORT", Integer.toString(taken),
                            "SUITE_POSTGRES_URL", "jdbc:postgresql://localhost:1/postgres",
                            "SUITE_KAFKA_BOOTSTRAP_SERVERS", "localhost:1"));
            ByteArrayOutputStream output = new ByteArrayOutputStream();

            SuiteException failure = assertThrows(
                    SuiteException.class, () -> new SuiteRun(settings, new PrintStream(output)).upAndWait());

            assertTrue(
                    failure.getMessage().contains("port " + taken + " for staffing-service (SUITE_STAFFING_PORT)"),
                    failure.getMessage());
            assertTrue(Files.notExists(settings.pidFile()), "nothing was started, so no run is recorded");
        }
    }
}
