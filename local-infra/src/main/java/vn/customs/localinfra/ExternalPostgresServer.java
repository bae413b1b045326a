package vn.customs.localinfra;

import java.net.URI;

/**
 * A PostgreSQL server someone else runs, reached through the JDBC URL of its maintenance database
 * (for example {@code jdbc:postgresql://db.example:5432/postgres}). Closing it leaves the server running, unless
 * it was given something to stop (a container started for it).
 */
public final class ExternalPostgresServer implements PostgresServer {

    private final String host;
    private final String maintenanceDatabase;
    private final String query;
    private final String username;
    private final String password;
    private final Runnable stop;

    public ExternalPostgresServer(String maintenanceJdbcUrl, String username, String password) {
        this(maintenanceJdbcUrl, username, password, () -> {});
    }

    /** A server reached by URL whose lifecycle is still ours: {@code stop} runs on {@link #close()}. */
    public ExternalPostgresServer(String maintenanceJdbcUrl, String username, String password, Runnable stop) {
        if (!maintenanceJdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("Expected a jdbc:postgresql:// URL, got " + maintenanceJdbcUrl);
        }
        URI uri = URI.create(maintenanceJdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        this.host = uri.getAuthority();
        this.maintenanceDatabase = path.isEmpty() ? "postgres" : path;
        this.query = uri.getQuery() == null ? "" : "?" + uri.getQuery();
        this.username = username;
        this.password = password;
        this.stop = stop;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + "/" + database + query;
    }

    @Override
    public String maintenanceDatabase() {
        return maintenanceDatabase;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public void close() {
        stop.run();
    }
}
