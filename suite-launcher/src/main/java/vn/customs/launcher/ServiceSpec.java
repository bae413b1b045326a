package vn.customs.launcher;

import java.nio.file.Path;
import java.util.List;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * One of the four services as the launcher runs it: its Maven module, its database (and the database user of the
 * same name), its default HTTP port and the audience its tokens must carry.
 */
public record ServiceSpec(String name, String database, int defaultPort) {

    /**
     * The JVM options {@code ./suite up} (unless {@code SUITE_JAVA_OPTS} says otherwise) and the system tests give
     * every service, from bench/startup-memory's figures (docs/benchmarks.md, "Cost of running"): a 256 MiB heap
     * ceiling, the heap a service is tested with, but a 32 MiB start and at most 20% of it free after a collection
     * (the JVM's default keeps up to 70% free), because what a service holds after its load is far below the
     * ceiling; the serial collector, whose single thread and small bookkeeping suit a service on one or two cores;
     * exit on an out-of-memory error rather than limp.
     */
    public static final List<String> JAVA_OPTIONS = List.of(
            "-Xms32m",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20",
            "-XX:+ExitOnOutOfMemoryError");

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("declarations-service", "declarations", 8081),
            new ServiceSpec("staffing-service", "staffing", 8082),
            new ServiceSpec("hotline-service", "hotline", 8083),
            new ServiceSpec("inspections-service", "inspections", 8084));

    /** The environment variable that moves this service to another port, e.g. {@code SUITE_DECLARATIONS_PORT}. */
    public String portVariable() {
        return "SUITE_" + database.toUpperCase() + "_PORT";
    }

    /**
     * The audience ({@code aud}) this service accepts, e.g. {@code customs-declarations}: the value of
     * {@code mp.jwt.verify.audiences} in its {@code application.properties}.
     */
    public String audience() {
        return LocalTokenIssuer.SERVICE_AUDIENCES.get(database);
    }

    /** The runnable jar with the demo data that {@code ./mvnw package -Pdemo} leaves in the module. */
    public Path runnableJar(Path root) {
        return root.resolve(name).resolve("target/demo/quarkus-app/quarkus-run.jar");
    }

    /**
     * The production jar a plain {@code ./mvnw package} leaves in the module, without the demo data: what the system
     * tests run.
     */
    public Path packagedJar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
