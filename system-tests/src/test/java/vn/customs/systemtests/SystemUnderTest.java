package vn.customs.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.customs.launcher.ServiceEnvironment;
import vn.customs.launcher.ServiceProcess;
import vn.customs.launcher.ServiceSpec;
import vn.customs.localinfra.EmbeddedKafkaBroker;
import vn.customs.localinfra.EmbeddedPostgresServer;
import vn.customs.localinfra.FreePorts;
import vn.customs.localinfra.keycloak.KeycloakServer;

/**
 * The whole suite as the stories drive it, started once per test JVM: one real PostgreSQL with the four databases and
 * their users, one real Kafka broker, a real Keycloak with the realm of {@code deploy/keycloak}, and the four packaged
 * services as child JVMs configured as {@code ./suite up} configures them (suite-launcher's {@link ServiceEnvironment}),
 * except that they verify tokens with Keycloak's JWKS and issuer. Everything is stopped by {@link #close()}, which the
 * {@link SystemTests} extension calls at the end of the run and a shutdown hook calls if the JVM ends first.
 */
public final class SystemUnderTest implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    /** How long a service may take to be ready; {@code -Dcustoms.system-tests.ready-timeout-seconds} on a busy machine. */
    private static final Duration READY_TIMEOUT =
            Duration.ofSeconds(Long.getLong("customs.system-tests.ready-timeout-seconds", 300));

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** The same JVM options ./suite up gives the services (measured by bench/startup-memory). */
    private static final List<String> JAVA_OPTIONS = ServiceSpec.JAVA_OPTIONS;

    private final Instant began = Instant.now();
    private final Path root;
    private final Path work;
    private final Path logs;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Map<String, String>> environments = new EnumMap<>(Service.class);
    private final Map<Service, ServiceProcess> running = new ConcurrentHashMap<>();
    private final Map<Service, AtomicInteger> starts = new EnumMap<>(Service.class);
    private final AtomicInteger stories = new AtomicInteger();
    private final Thread shutdownHook = new Thread(this::stopAll, "system-tests-stop");
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private KeycloakServer keycloak;
    private CompletableFuture<KeycloakServer> keycloakStarting;
    private Identities identities;
    private boolean stopped;

    private SystemUnderTest(Path root, Path work) {
        this.root = root;
        this.work = work;
        this.logs = work.resolve("logs");
    }

    /** Starts everything (PostgreSQL and Kafka while Keycloak starts, the services meanwhile), or nothing. */
    static SystemUnderTest start() {
        Path root =
                Path.of(setting("customs.system-tests.root")).toAbsolutePath().normalize();
        Path work =
                Path.of(setting("customs.system-tests.work")).toAbsolutePath().normalize();
        SystemUnderTest suite = new SystemUnderTest(root, work);
        suite.checkJarsArePackaged();
        Runtime.getRuntime().addShutdownHook(suite.shutdownHook);
        try {
            suite.startAll();
        } catch (RuntimeException | Error e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    private void checkJarsArePackaged() {
        List<String> missing = Stream.of(Service.values())
                .map(service -> service.spec().packagedJar(root))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The system tests run the packaged services, and these jars are missing: "
                    + String.join(", ", missing) + ". Package them first: ./mvnw -B -ntp package -DskipTests"
                    + " -pl declarations-service,staffing-service,hotline-service,inspections-service"
                    + " (a plain ./mvnw verify packages them before it reaches this module).");
        }
    }

    private void startAll() {
        WorkDirectory.recreate(work);
        WorkDirectory.create(logs);
        int keycloakPort = FreePorts.find();
        keycloakStarting = CompletableFuture.supplyAsync(() -> timed("Keycloak", () -> startKeycloak(keycloakPort)));
        postgres = timed(
                "PostgreSQL",
                () -> EmbeddedPostgresServer.startPersistent(
                        work.resolve("postgres"), FreePorts.find(), logs.resolve("postgres.log")));
        for (Service service : Service.values()) {
            String database = service.spec().database();
            postgres.createOwnedDatabaseIfMissing(database, database, database);
        }
        kafka = timed(
                "Kafka", () -> EmbeddedKafkaBroker.start(work.resolve("kafka"), FreePorts.find(), FreePorts.find()));
        String realm = "http://" + HOST + ":" + keycloakPort + "/realms/" + Identities.REALM;
        String issuer = "http://localhost:" + keycloakPort + "/realms/" + Identities.REALM;
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.find());
            starts.put(service, new AtomicInteger());
            environments.put(
                    service,
                    ServiceEnvironment.of(
                            service.spec(),
                            ports.get(service),
                            postgres,
                            kafka,
                            // The services verify Keycloak's signatures with the keys it publishes, as in production.
                            realm + "/protocol/openid-connect/certs",
                            issuer,
                            work.resolve("keys"),
                            HOST,
                            false));
        }
        timed("the four services", () -> {
            Stream.of(Service.values()).parallel().forEach(this::start);
            return null;
        });
        keycloak = keycloakStarting.join();
        identities = new Identities(keycloak.url(), keycloak.adminPassword(), http);
        System.out.printf("system tests: the suite is up in %d s (logs in %s)%n", secondsSince(began), logs);
    }

    private KeycloakServer startKeycloak(int port) {
        try {
            return KeycloakServer.start(
                    Path.of(setting("customs.keycloak.home")),
                    Path.of(setting("customs.keycloak.realm-file")),
                    Identities.REALM,
                    logs.resolve("keycloak.log"),
                    port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The accounts and tokens of the stories' people. */
    public Identities identities() {
        return identities;
    }

    /** A new Keycloak account (see {@link Identities#create}). */
    public User user(String name, List<String> roles, Map<String, String> attributes) {
        return identities.create(name, roles, attributes);
    }

    /** Calls with {@code user}'s tokens, one per service (its audience only). */
    public Caller as(User user) {
        return new Caller(user.username(), service -> identities.token(user, service), this::baseUrl, http);
    }

    /** Calls without a token: the public side of the hotline. */
    public Caller anonymous() {
        return new Caller("anonymous", service -> null, this::baseUrl, http);
    }

    public String baseUrl(Service service) {
        return "http://" + HOST + ":" + ports.get(service);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * SIGKILL of the service's JVM (the launcher starts {@code java -jar} itself, no wrapper script in between): no
     * shutdown hook runs, nothing is flushed, uncommitted transactions and offsets are lost.
     */
    public void kill(Service service) {
        ServiceProcess process = running.remove(service);
        if (process == null) {
            throw new IllegalStateException(service + " is not running");
        }
        ProcessHandle jvm = process.handle();
        String command = jvm.info().command().orElse("");
        if (!Path.of(command).getFileName().toString().startsWith("java")) {
            throw new IllegalStateException(service + " runs as " + command + ", not as a JVM of its own");
        }
        jvm.destroyForcibly();
        try {
            jvm.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(service + " did not die of SIGKILL within 30 s", e);
        }
        System.out.printf("system tests: killed %s (pid %d, SIGKILL)%n", service, jvm.pid());
    }

    /** Starts the service (again) on its port and database, and waits until it is ready. */
    public void start(Service service) {
        start(service, Map.of());
    }

    /** {@link #start(Service)} with {@code properties} as system properties, for this start only. */
    public void start(Service service, Map<String, String> properties) {
        if (running.containsKey(service)) {
            throw new IllegalStateException(service + " is running already");
        }
        if (listening(ports.get(service))) {
            // A JVM that outlived its kill would answer for the new one.
            throw new IllegalStateException(service + "'s port " + ports.get(service) + " still answers");
        }
        Instant begin = Instant.now();
        int attempt = starts.get(service).incrementAndGet();
        Path log = logs.resolve(service.spec().name() + (attempt == 1 ? "" : "-" + attempt) + ".log");
        ServiceProcess process = ServiceProcess.start(
                service.spec(),
                ports.get(service),
                ServiceProcess.javaCommand(service.spec().packagedJar(root), javaOptions(service, properties)),
                environments.get(service),
                log);
        running.put(service, process);
        process.awaitReady(HOST, Instant.now().plus(READY_TIMEOUT));
        System.out.printf(
                "system tests: %s ready in %d ms (start %d)%n",
                service, Duration.between(begin, Instant.now()).toMillis(), attempt);
    }

    /**
     * A read-only connection to one of the suite's databases, as its administrator: for reading what a service keeps
     * where its API shows nothing of it (a projection's tables, its inbox). Nothing is ever written through it.
     */
    public Connection readOnly(String database) {
        try {
            Connection connection =
                    DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
            connection.setReadOnly(true);
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read database " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts another instance of the service from the same jar and with the same environment, but on a port of its own
     * and a new empty database {@code <service database>_<name>} (with its user), plus {@code properties} as system
     * properties (they override the environment and application.properties), and waits until it is ready. It is none
     * of the suite's four: the caller stops it ({@link FreshInstance#close()}).
     */
    public FreshInstance startFresh(Service service, String name, Map<String, String> properties) {
        String database = service.spec().database() + "_" + name;
        postgres.createOwnedDatabaseIfMissing(database, database, database);
        int port = FreePorts.find();
        Map<String, String> environment = new LinkedHashMap<>(environments.get(service));
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", database);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", database);
        List<String> options = javaOptions(service, properties);
        Instant launched = Instant.now();
        ServiceProcess process = ServiceProcess.start(
                service.spec(),
                port,
                ServiceProcess.javaCommand(service.spec().packagedJar(root), options),
                environment,
                logs.resolve(service.spec().name() + "-" + name + ".log"));
        try {
            process.awaitReady(HOST, Instant.now().plus(READY_TIMEOUT));
        } catch (RuntimeException e) {
            process.stop(STOP_GRACE);
            throw e;
        }
        FreshInstance instance = new FreshInstance(service, database, process, launched, Instant.now(), STOP_GRACE);
        System.out.printf(
                "system tests: fresh %s %s ready in %d ms (database %s)%n",
                service, name, Duration.between(launched, instance.ready()).toMillis(), database);
        return instance;
    }

    /**
     * Stops the Kafka broker (a controlled shutdown of the in-JVM server) and keeps its ports and log directory, so
     * that {@link #startKafka()} brings it back with every topic: a broker outage, as the services' clients see it.
     */
    public void stopKafka() {
        Instant begin = Instant.now();
        kafka.pause();
        System.out.printf(
                "system tests: Kafka stopped in %d ms%n",
                Duration.between(begin, Instant.now()).toMillis());
    }

    /** Starts the broker again on the same ports and log directory; the services' clients reconnect by themselves. */
    public void startKafka() {
        Instant begin = Instant.now();
        kafka.resume();
        System.out.printf(
                "system tests: Kafka started again in %d ms%n",
                Duration.between(begin, Instant.now()).toMillis());
    }

    /**
     * Stops PostgreSQL (a fast shutdown: sessions are ended, open transactions rolled back) and keeps its port and
     * data directory for {@link #startPostgres()}: a database restart, as the services' connection pools see it.
     */
    public void stopPostgres() {
        Instant begin = Instant.now();
        postgres.pause();
        System.out.printf(
                "system tests: PostgreSQL stopped in %d ms%n",
                Duration.between(begin, Instant.now()).toMillis());
    }

    /** Starts PostgreSQL again on the same port and data directory, and returns when it accepts connections. */
    public void startPostgres() {
        Instant begin = Instant.now();
        postgres.resume();
        System.out.printf(
                "system tests: PostgreSQL started again in %d ms%n",
                Duration.between(begin, Instant.now()).toMillis());
    }

    /**
     * Where stories leave figures for the docs ({@code system-tests/target/figures}): beside the run's work
     * directory, which the next run drops, and kept until {@code mvn clean}.
     */
    public Path figuresDirectory() {
        Path figures = work.resolveSibling("figures");
        WorkDirectory.create(figures);
        return figures;
    }

    /**
     * Declarations runs its charter in minutes over a 24-hour working day ({@link CharterInMinutes}), so that a
     * declaration left alone is late within a run, by its own clock and breach watch.
     */
    private static List<String> javaOptions(Service service, Map<String, String> properties) {
        List<String> options = new ArrayList<>(JAVA_OPTIONS);
        if (service == Service.DECLARATIONS) {
            options.addAll(CharterInMinutes.javaOptions());
        }
        properties.forEach((key, value) -> options.add("-D" + key + "=" + value));
        return options;
    }

    /** Whether something accepts connections on the port (a bind test would also fail on TIME_WAIT sockets). */
    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    void storyDone() {
        stories.incrementAndGet();
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    /** Services first (they flush to the database and the broker), then Kafka, PostgreSQL and Keycloak. */
    private synchronized void stopAll() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<RuntimeException> failures = new ArrayList<>();
        running.values().parallelStream().forEach(process -> process.stop(STOP_GRACE));
        running.clear();
        if (keycloak == null && keycloakStarting != null) {
            // Something else failed while Keycloak was starting: it is stopped once started (or failed).
            keycloak = keycloakStarting.exceptionally(failed -> null).join();
        }
        for (AutoCloseable component : new AutoCloseable[] {kafka, postgres, keycloak}) {
            try {
                if (component != null) {
                    component.close();
                }
            } catch (Exception e) {
                failures.add(new IllegalStateException("did not stop cleanly: " + component, e));
            }
        }
        System.out.printf("system tests: %d stories in %d s%n", stories.get(), secondsSince(began));
        failures.forEach(failure -> System.out.println("system tests: " + failure.getMessage()));
    }

    private static <T> T timed(String component, java.util.function.Supplier<T> start) {
        Instant begin = Instant.now();
        T started = start.get();
        System.out.printf(
                "system tests: %s started in %d ms%n",
                component, Duration.between(begin, Instant.now()).toMillis());
        return started;
    }

    private static long secondsSince(Instant instant) {
        return Duration.between(instant, Instant.now()).toSeconds();
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name
                    + " is not set: run the system tests through Maven" + " (./mvnw verify -pl system-tests)");
        }
        return value;
    }
}
