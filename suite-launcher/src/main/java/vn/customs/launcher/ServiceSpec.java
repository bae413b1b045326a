package vn.customs.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services as the launcher runs it: its Maven module, its database (and the database user of the
 * same name) and its default HTTP port.
 */
record ServiceSpec(String name, String database, int defaultPort) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("declarations-service", "declarations", 8081),
            new ServiceSpec("staffing-service", "staffing", 8082),
            new ServiceSpec("hotline-service", "hotline", 8083),
            new ServiceSpec("inspections-service", "inspections", 8084));

    /** The environment variable that moves this service to another port, e.g. {@code SUITE_DECLARATIONS_PORT}. */
    String portVariable() {
        return "SUITE_" + database.toUpperCase() + "_PORT";
    }

    /** The runnable jar that {@code ./mvnw package} leaves in the module. */
    Path runnableJar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
