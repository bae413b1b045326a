package vn.customs.systemtests;

import java.time.Duration;
import java.time.Instant;
import vn.customs.launcher.ServiceProcess;

/**
 * An instance of a service started beside the suite's four ({@link SystemUnderTest#startFresh}): its own port and
 * empty database. Closing it stops it (SIGTERM, SIGKILL after the grace period).
 */
public record FreshInstance(
        Service service, String database, ServiceProcess process, Instant launched, Instant ready, Duration grace)
        implements AutoCloseable {

    @Override
    public void close() {
        process.stop(grace);
    }
}
