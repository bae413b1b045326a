package vn.customs.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExternalPostgresServerTest {

    @Test
    void aDatabaseUrlKeepsTheServerAndItsParametersAndNamesTheDatabase() {
        ExternalPostgresServer server =
                new ExternalPostgresServer("jdbc:postgresql://db.internal:6432/admin?sslmode=require", "ci", "secret");

        assertEquals("admin", server.maintenanceDatabase());
        assertEquals("jdbc:postgresql://db.internal:6432/hotline?sslmode=require", server.jdbcUrl("hotline"));
    }

    @Test
    void withoutADatabaseTheMaintenanceDatabaseIsPostgres() {
        assertEquals(
                "postgres",
                new ExternalPostgresServer("jdbc:postgresql://localhost:5432", "u", "p").maintenanceDatabase());
    }

    @Test
    void anythingButAPostgresqlJdbcUrlIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ExternalPostgresServer("jdbc:mysql://localhost:3306/x", "u", "p"));
    }

    @Test
    void aDatabaseNameThatIsNotAPlainIdentifierIsRefusedBeforeAnySqlIsSent() {
        ExternalPostgresServer server = new ExternalPostgresServer("jdbc:postgresql://localhost:1/postgres", "u", "p");
        assertThrows(IllegalArgumentException.class, () -> server.createDatabaseIfMissing("x; DROP DATABASE y"));
    }
}
