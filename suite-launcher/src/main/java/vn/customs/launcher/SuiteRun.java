package vn.customs.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import vn.customs.localinfra.EmbeddedKafkaBroker;
import vn.customs.localinfra.EmbeddedPostgresServer;
import vn.customs.localinfra.ExternalPostgresServer;
import vn.customs.localinfra.FreePorts;
import vn.customs.localinfra.KafkaBroker;
import vn.customs.localinfra.LocalTokenIssuer;
import vn.customs.localinfra.PostgresServer;

/**
 * {@code ./suite up}: PostgreSQL, Kafka and the four services, started in that order, stopped in the reverse order
 * on Ctrl-C, on {@code ./suite down} or when anything fails to start.
 */
final class SuiteRun {

    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);

    private final SuiteSettings settings;
    private final PrintStream out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private LocalTokenIssuer tokens;
    private BoardServer board;

    SuiteRun(SuiteSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Starts everything, prints where it runs, and blocks until the JVM is asked to stop. */
    void upAndWait() throws InterruptedException {
        Instant started = Instant.now();
        RunFiles runFiles = new RunFiles(settings);
        runFiles.refuseWhenAlreadyRunning();
        runFiles.stopLeftoversOfACrashedRun(out);
        checkJarsAreBuilt();
        checkPortsAreFree();
        createDirectories();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "suite-shutdown"));
        runFiles.writeLauncherPid();
        try {
            tokens = LocalTokenIssuer.inDirectory(settings.keys());
            startPostgres();
            startKafka();
            startServices();
            runFiles.writeServicePids(services);
            startBoard();
            awaitServicesReady();
        } catch (SuiteException e) {
            out.println();
            out.println("FAILED: " + e.getMessage());
            out.println();
            out.println("Stopping what was started ...");
            stopAll();
            throw new SuiteException("The suite did not start.", e);
        }
        new SummaryTable(settings, services, kafka, postgres).print(out, Duration.between(started, Instant.now()));
        stopped.await();
    }

    private void checkJarsAreBuilt() {
        List<String> missing = ServiceSpec.ALL.stream()
                .filter(service -> !Files.isRegularFile(service.runnableJar(settings.root())))
                .map(service -> service.runnableJar(settings.root()).toString())
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new SuiteException("Not built yet: " + String.join(", ", missing)
                    + ". Run ./suite up (it builds what is missing) or ./mvnw package -Pdemo -DskipTests.");
        }
    }

    /** Reports every taken port at once, with the variable that moves each component elsewhere. */
    private void checkPortsAreFree() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (settings.externalPostgresUrl().isEmpty()) {
            wanted.put("PostgreSQL (SUITE_POSTGRES_PORT)", settings.postgresPort());
        }
        if (settings.externalKafka().isEmpty()) {
            wanted.put("Kafka (SUITE_KAFKA_PORT)", settings.kafkaPort());
            wanted.put("Kafka controller (SUITE_KAFKA_CONTROLLER_PORT)", settings.kafkaControllerPort());
        }
        settings.servicePorts()
                .forEach((service, port) -> wanted.put(service.name() + " (" + service.portVariable() + ")", port));
        List<String> taken = wanted.entrySet().stream()
                .filter(entry -> FreePorts.isTaken(entry.getValue()))
                .map(entry -> "  port " + entry.getValue() + " for " + entry.getKey())
                .collect(Collectors.toCollection(ArrayList::new));
        if (BoardServer.isTaken(settings.httpHost(), settings.boardPort())) {
            taken.add("  port " + settings.boardPort() + " for the KPI board (SUITE_BOARD_PORT)");
        }
        if (!taken.isEmpty()) {
            throw new SuiteException("These ports are already taken by another process:\n" + String.join("\n", taken)
                    + "\nStop that process (see `ss -ltnp` or `lsof -i :PORT`), or choose other ports with the"
                    + " variables named above, e.g. SUITE_DECLARATIONS_PORT=9081 ./suite up");
        }
    }

    private void createDirectories() {
        try {
            Files.createDirectories(settings.logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startPostgres() {
        Path log = settings.logs().resolve("postgres.log");
        step(
                "PostgreSQL",
                () -> {
                    postgres = settings.externalPostgresUrl()
                            .<PostgresServer>map(url -> new ExternalPostgresServer(
                                    url, settings.externalPostgresUser(), settings.externalPostgresPassword()))
                            .orElseGet(() -> EmbeddedPostgresServer.startPersistent(
                                    settings.home().resolve("postgres"), settings.postgresPort(), log));
                    // One database and one user per service, as in production.
                    for (ServiceSpec service : ServiceSpec.ALL) {
                        postgres.createOwnedDatabaseIfMissing(
                                service.database(), service.database(), service.database());
                    }
                },
                log);
    }

    private void startKafka() {
        Path log = settings.logs().resolve("infrastructure.log");
        step(
                "Kafka",
                () -> kafka = settings.externalKafka()
                        .map(KafkaBroker::external)
                        .orElseGet(() -> EmbeddedKafkaBroker.start(
                                settings.home().resolve("kafka"),
                                settings.kafkaPort(),
                                settings.kafkaControllerPort())),
                log);
    }

    private void startServices() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            int port = settings.servicePorts().get(service);
            services.add(ServiceProcess.start(
                    service,
                    port,
                    ServiceProcess.javaCommand(service.runnableJar(settings.root()), settings.serviceJavaOptions()),
                    environment(service, port, postgres, kafka, tokens, settings.httpHost(), settings.boardOrigins()),
                    settings.logs().resolve(service.name() + ".log")));
        }
        out.println("Starting " + services.size() + " services (logs in " + settings.logs() + ") ...");
    }

    /**
     * What a service is told through its environment: the same variables docker-compose.yml sets, so the local
     * run exercises the production configuration path.
     */
    static Map<String, String> environment(
            ServiceSpec service,
            int port,
            PostgresServer postgres,
            KafkaBroker kafka,
            LocalTokenIssuer tokens,
            String httpHost,
            String boardOrigins) {
        // The local key pair stands in for the OIDC provider: ./suite token mints tokens the services accept.
        Map<String, String> env = new LinkedHashMap<>(ServiceEnvironment.of(
                service,
                port,
                postgres,
                kafka,
                tokens.publicKeyFile().toUri().toString(),
                LocalTokenIssuer.ISSUER,
                tokens.publicKeyFile().getParent(),
                httpHost,
                true));
        // The board reads the APIs from its own origin: the services allow it (and only it) in CORS.
        env.put("CUSTOMS_CORS_ORIGINS", boardOrigins);
        return env;
    }

    /** The KPI board and the published figures, with a config.json naming the services of this run. */
    private void startBoard() {
        Map<ServiceSpec, String> baseUrls = new LinkedHashMap<>();
        services.forEach(service -> baseUrls.put(service.spec(), service.baseUrl(settings.httpHost())));
        step(
                "the KPI board",
                () -> board = BoardServer.start(
                        settings.httpHost(), settings.boardPort(), settings.web(), BoardServer.configJson(baseUrls)),
                settings.logs().resolve("infrastructure.log"));
    }

    /** The services start in parallel; the first failure is reported with that service's log. */
    private void awaitServicesReady() {
        Instant deadline = Instant.now().plusSeconds(settings.readyTimeoutSeconds());
        try {
            CompletableFuture.allOf(services.stream()
                            .map(service ->
                                    CompletableFuture.runAsync(() -> service.awaitReady(settings.httpHost(), deadline)))
                            .toArray(CompletableFuture[]::new))
                    .join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SuiteException) {
                throw (SuiteException) e.getCause();
            }
            throw e;
        }
    }

    private void step(String component, Runnable start, Path log) {
        Instant begin = Instant.now();
        out.print("Starting " + component + " ... ");
        out.flush();
        try {
            start.run();
        } catch (RuntimeException e) {
            out.println("failed");
            throw new SuiteException(component + " did not start: " + rootMessage(e) + "\n" + LogTail.of(log, 40), e);
        }
        out.println("ready in " + Duration.between(begin, Instant.now()).toMillis() + " ms");
    }

    /** Stops services first (they flush to the database and the broker), then Kafka, then PostgreSQL. */
    private synchronized void stopAll() {
        if (stopped.getCount() == 0) {
            return;
        }
        out.println("Stopping ...");
        if (board != null) {
            timed("the KPI board", board::close);
        }
        timed("services", () -> services.parallelStream().forEach(service -> service.stop(SERVICE_STOP_GRACE)));
        if (kafka != null) {
            timed("Kafka", kafka::close);
        }
        if (postgres != null) {
            timed("PostgreSQL", postgres::close);
        }
        new RunFiles(settings).clear();
        stopped.countDown();
        out.println("Suite stopped.");
    }

    private void timed(String component, Runnable stop) {
        Instant begin = Instant.now();
        try {
            stop.run();
            out.println("  " + component + " stopped in "
                    + Duration.between(begin, Instant.now()).toMillis() + " ms");
        } catch (RuntimeException e) {
            out.println("  " + component + " did not stop cleanly: " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
