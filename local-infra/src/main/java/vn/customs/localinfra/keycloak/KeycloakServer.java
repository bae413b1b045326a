package vn.customs.localinfra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.customs.localinfra.FreePorts;

/**
 * The real Keycloak server distribution ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by Maven), run as a
 * child process in development mode with an in-memory database, one realm imported from its JSON file and a
 * bootstrap administrator. {@code kc.sh} is a shell script that starts Keycloak's JVM as its own child (and a second
 * one after a rebuild), so the server runs in a process group of its own and {@link #close()} stops the whole
 * group, also when the test JVM is shut down early.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final boolean ownProcessGroup;
    private final int port;
    private final String adminPassword;
    private final Path log;
    private final Thread shutdownHook;

    private KeycloakServer(Process process, boolean ownProcessGroup, int port, String adminPassword, Path log) {
        this.process = process;
        this.ownProcessGroup = ownProcessGroup;
        this.port = port;
        this.adminPassword = adminPassword;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "keycloak-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the distribution in {@code home} with {@code realmFile} imported as {@code realm} and waits until the
     * realm's OpenID configuration answers. The server's output goes to {@code log}.
     */
    public static KeycloakServer start(Path home, Path realmFile, String realm, Path log) throws IOException {
        return start(home, realmFile, realm, log, FreePorts.find());
    }

    /**
     * The same on a given HTTP {@code port}, so that the issuer ({@code http://localhost:<port>/realms/<realm>}) is
     * known before the server is ready and the clients that verify its tokens can start meanwhile.
     */
    public static KeycloakServer start(Path home, Path realmFile, String realm, Path log, int port) throws IOException {
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kcSh)) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + ": Maven unpacks it (./mvnw verify -Pkeycloak -pl local-infra, or the system-tests module)");
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (Stream<Path> old = Files.list(imports)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        // Keycloak refuses a realm file whose name is not <realm>-realm.json.
        Files.copy(realmFile, imports.resolve(realm + "-realm.json"));

        int managementPort = FreePorts.find();
        String adminPassword = UUID.randomUUID().toString();
        List<String> command = new ArrayList<>();
        boolean ownProcessGroup = Files.isExecutable(Path.of("/usr/bin/setsid"));
        if (ownProcessGroup) {
            // A new session, hence a process group whose id is this process's pid (setsid does not fork here).
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(
                kcSh.toString(),
                "start-dev",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                // A fixed issuer: without it the issuer follows each request's Host header.
                "--hostname=http://localhost:" + port,
                "--import-realm"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        // The JDK running the tests runs Keycloak too.
        env.put("JAVA_HOME", System.getProperty("java.home"));
        if (Runtime.version().feature() >= 25) {
            env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        }
        Instant begin = Instant.now();
        KeycloakServer server = new KeycloakServer(builder.start(), ownProcessGroup, port, adminPassword, log);
        try {
            server.process.getOutputStream().close();
            server.awaitRealm(realm, begin.plus(READY_TIMEOUT));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        System.out.printf(
                "Keycloak %s ready in %d ms on port %d%n",
                version(home), Duration.between(begin, Instant.now()).toMillis(), port);
        return server;
    }

    /** The issuer of the realm's tokens: fixed by {@code --hostname}, whatever address a client uses. */
    public String issuer(String realm) {
        return "http://localhost:" + port + "/realms/" + realm;
    }

    /** Where to send requests, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The bootstrap administrator's password (user {@code admin} of the {@code master} realm). */
    public String adminPassword() {
        return adminPassword;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs (or ran) anyway.
        }
    }

    /** SIGTERM to the whole process group (and to each process of the tree), a kill after the grace time. */
    private synchronized void stop() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.toHandle().descendants().forEach(tree::add);
        signal("TERM", tree, ProcessHandle::destroy);
        if (!awaitGone(tree, STOP_GRACE)) {
            signal("KILL", tree, ProcessHandle::destroyForcibly);
            awaitGone(tree, Duration.ofSeconds(10));
        }
    }

    private void signal(String signal, List<ProcessHandle> tree, Consumer<ProcessHandle> fallback) {
        if (ownProcessGroup) {
            kill("-" + signal);
        }
        // Also each process seen, in case one left the group.
        tree.stream().filter(ProcessHandle::isAlive).forEach(fallback);
    }

    private boolean awaitGone(List<ProcessHandle> tree, Duration grace) {
        return poll(
                Instant.now().plus(grace),
                Duration.ofMillis(200),
                () -> tree.stream().noneMatch(ProcessHandle::isAlive) && !(ownProcessGroup && kill("-0")));
    }

    /** {@code kill <option> -- -<group>}: true when some process of the group got the signal. */
    private boolean kill(String option) {
        try {
            Process kill = new ProcessBuilder("kill", option, "--", "-" + process.pid())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitRealm(String realm, Instant deadline) throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI configuration = URI.create(url() + "/realms/" + realm + "/.well-known/openid-configuration");
        if (!poll(deadline, Duration.ofMillis(250), () -> realmAnswers(http, configuration))) {
            throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT + ":\n" + logTail());
        }
    }

    /**
     * Checks {@code condition} every {@code interval} until it holds (true) or the deadline passes (false). A plain
     * loop: this class runs in the main code of local-infra, which has no test libraries.
     */
    private static boolean poll(Instant deadline, Duration interval, BooleanSupplier condition) {
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!Instant.now().isBefore(deadline)) {
                return false;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** True once the realm answers; a Keycloak that exited stops the wait at once, with its log. */
    private boolean realmAnswers(HttpClient http, URI configuration) {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    "Keycloak exited with " + process.exitValue() + " before it was ready:\n" + logTail());
        }
        try {
            return http.send(
                                    HttpRequest.newBuilder(configuration)
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException notYet) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String logTail() {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String version(Path home) throws IOException {
        Path file = home.resolve("version.txt");
        return Files.exists(file) ? Files.readString(file).trim().replaceFirst("^Keycloak - Version ", "") : "";
    }
}
