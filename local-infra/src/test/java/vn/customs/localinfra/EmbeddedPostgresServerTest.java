package vn.customs.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run's PostgreSQL: a database per service, owned by its user, kept across restarts. */
class EmbeddedPostgresServerTest {

    @Test
    void aServiceUserOwnsItsDatabaseAndItsDataSurvivesARestart(@TempDir Path home) throws Exception {
        Path data = home.resolve("postgres");
        Path log = home.resolve("postgres.log");
        int port = FreePorts.find();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data, port, log)) {
            server.createOwnedDatabaseIfMissing("staffing", "staffing", "staffing");
            try (Connection connection =
                            DriverManager.getConnection(server.jdbcUrl("staffing"), "staffing", "staffing");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE officer (name text)");
                statement.execute("INSERT INTO officer VALUES ('Hoàng Văn Minh')");
            }
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data, port, log)) {
            server.createOwnedDatabaseIfMissing("staffing", "staffing", "staffing"); // a second up: no error
            try (Connection connection =
                            DriverManager.getConnection(server.jdbcUrl("staffing"), "staffing", "staffing");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT name FROM officer")) {
                assertTrue(rows.next());
                assertEquals("Hoàng Văn Minh", rows.getString(1), "UTF-8 end to end");
            }
        }
    }

    @Test
    void aPausedServerComesBackOnTheSamePortWithItsData(@TempDir Path home) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(
                home.resolve("postgres"), FreePorts.find(), home.resolve("postgres.log"))) {
            server.createOwnedDatabaseIfMissing("hotline", "hotline", "hotline");
            String url = server.jdbcUrl("hotline");
            try (Connection connection = DriverManager.getConnection(url, "hotline", "hotline");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE report (id int)");
                statement.execute("INSERT INTO report VALUES (1)");
            }

            server.pause();
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "hotline", "hotline"));
            server.resume();

            assertEquals(url, server.jdbcUrl("hotline"), "the same port");
            try (Connection connection = DriverManager.getConnection(url, "hotline", "hotline");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM report")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1), "what was committed before the pause");
            }
        }
    }

    @Test
    void aThrowAwayServerCreatesAndDropsDatabases() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startEphemeral()) {
            assertTrue(server.createDatabaseIfMissing("declarations"));
            assertFalse(server.createDatabaseIfMissing("declarations"), "already there");
            server.dropDatabase("declarations");
            assertTrue(server.createDatabaseIfMissing("declarations"), "dropped, so created again");
        }
    }
}
