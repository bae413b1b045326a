package vn.customs.launcher;

import java.nio.file.Path;
import java.util.List;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * One of the four services as the launcher runs it: its Maven module, its database (and the database user of the
 * same name), its default HTTP port and the audience its tokens must carry.
 */
public record ServiceSpec(String name, String database, int defaultPort) {

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
