package vn.customs.localinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server that the tests or the local run talk to: embedded, external or in a container.
 * Knows how to reach its maintenance database and how to create and drop application databases in it.
 */
public interface PostgresServer extends AutoCloseable {

    /** Database and role names we create are plain identifiers, so they never need quoting or escaping. */
    Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** JDBC URL of a database on this server. */
    String jdbcUrl(String database);

    /** The superuser (or database owner) used by the tests and the launcher. */
    String username();

    String password();

    /** The database to connect to for administrative statements ({@code postgres} unless told otherwise). */
    default String maintenanceDatabase() {
        return "postgres";
    }

    /** Creates the database when it does not exist yet; returns true when it was created. */
    default boolean createDatabaseIfMissing(String database) {
        requireIdentifier(database);
        try (Connection connection = adminConnection()) {
            if (exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                return false;
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create database " + database + " at " + jdbcUrl(maintenanceDatabase()) + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Creates a login role and a database it owns, when they do not exist yet: the layout production uses
     * (one database and one user per service).
     */
    default void createOwnedDatabaseIfMissing(String database, String owner, String ownerPassword) {
        requireIdentifier(owner);
        requireIdentifier(database);
        try (Connection connection = adminConnection()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", owner)) {
                try (Statement create = connection.createStatement()) {
                    // A password cannot be a bind parameter in CREATE ROLE; quote it as a literal.
                    create.execute(
                            "CREATE ROLE " + owner + " LOGIN PASSWORD '" + ownerPassword.replace("'", "''") + "'");
                }
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                try (Statement create = connection.createStatement()) {
                    create.execute(
                            "CREATE DATABASE " + database + " OWNER " + owner + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create database " + database + " owned by " + owner + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database, closing any connection still open to it. */
    default void dropDatabase(String database) {
        requireIdentifier(database);
        try (Connection connection = adminConnection();
                Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + database + ": " + e.getMessage(), e);
        }
    }

    /** A connection to the maintenance database, as the administrative user. */
    default Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(maintenanceDatabase()), username(), password());
    }

    /** Stops the server if this process started it; leaves an external server alone. */
    @Override
    void close();

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL identifier: " + name);
        }
    }
}
