import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.customs.launcher.ServiceEnvironment;
import vn.customs.launcher.ServiceProcess;
import vn.customs.launcher.ServiceSpec;
import vn.customs.localinfra.EmbeddedKafkaBroker;
import vn.customs.localinfra.EmbeddedPostgresServer;
import vn.customs.localinfra.FreePorts;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * bench/startup-memory's measuring program (run by that script, which explains the figures): each service's production
 * jar started alone, next to a bare Quarkus REST application, on a PostgreSQL and a Kafka broker of its own. For each
 * application: start-up to ready (several runs), then in the last run a mixed load, and RSS, the JVM's native memory
 * categories, the classes loaded per library and the threads after it.
 *
 * <p>Arguments: root, work directory. Environment: BENCH_SHORT, BENCH_RUNS, BENCH_LOAD_SECONDS, BENCH_RATE,
 * BENCH_APPS, BENCH_JAVA_OPTS, BENCH_ENV, BENCH_APPCDS, BENCH_VARIANT (see bench/startup-memory).
 */
public final class StartupMemory {

    /** The options ./suite up and the system tests give the services (suite-launcher's ServiceSpec.JAVA_OPTIONS). */
    static final String LAUNCHER_JAVA_OPTS = String.join(" ", ServiceSpec.JAVA_OPTIONS);

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        boolean shortMode = "1".equals(System.getenv("BENCH_SHORT"));
        int runs = Integer.parseInt(env("BENCH_RUNS", shortMode ? "2" : "5"));
        int loadSeconds = Integer.parseInt(env("BENCH_LOAD_SECONDS", shortMode ? "30" : "300"));
        int rate = Integer.parseInt(env("BENCH_RATE", "60"));
        List<String> javaOptions = List.of(env("BENCH_JAVA_OPTS", LAUNCHER_JAVA_OPTS).trim().split("\\s+"));
        List<String> apps = List.of(env("BENCH_APPS", "bare,staffing,declarations,hotline,inspections").split(","));
        System.out.printf("runs per application: %d (the last one loaded for %d s at %d requests/s)%n", runs, loadSeconds, rate);
        System.out.println("JVM options: " + String.join(" ", javaOptions));

        List<Result> results = new ArrayList<>();
        try (Infrastructure infra = Infrastructure.start(work)) {
            for (String app : apps) {
                Path jar = app.equals("bare")
                        ? root.resolve("bench/bare-quarkus/target/quarkus-app/quarkus-run.jar")
                        : infra.spec(app).packagedJar(root);
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException(jar + " is missing: build it first (bench/startup-memory does)");
                }
                Path demoJar = app.equals("bare") ? null : infra.spec(app).runnableJar(root);
                results.addAll(new Measurement(app, jar, demoJar, javaOptions, infra, work, runs, loadSeconds, rate).run());
            }
        }
        Report.print(results, work);
        boolean broken = results.stream().anyMatch(r -> !r.problems.isEmpty());
        if (broken) {
            results.forEach(r -> r.problems.forEach(p -> System.out.println("BROKEN: " + r.app + ": " + p)));
            System.exit(1);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Everything measured of one application. */
    static final class Result {
        final String app;
        final List<Long> readyMillis = new ArrayList<>();
        final List<Double> quarkusStartedSeconds = new ArrayList<>();
        long classesAtReady;
        long rssKib;
        long hwmKib;
        Map<String, Long> nmtCommittedKib = new LinkedHashMap<>();
        Map<String, Long> classesByLibrary = new TreeMap<>();
        Map<String, Long> threadsByName = new TreeMap<>();
        long threads;
        long firstStartMillis;
        /** RSS right after each run was ready, before any load (KiB). */
        final List<Long> rssAtReadyKib = new ArrayList<>();
        /** Classes loaded until ready that came from a CDS archive (the JDK's default one or an AppCDS one). */
        long sharedClassesAtReady;
        String features = "";
        Load.Summary load;
        final List<String> problems = new ArrayList<>();

        Result(String app) {
            this.app = app;
        }

        long median() {
            return median(readyMillis);
        }

        static long median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().collect(Collectors.toList());
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }
    }

    /** PostgreSQL, Kafka and the token keys the services of this bench share; the demo data, when the jars exist. */
    static final class Infrastructure implements AutoCloseable {
        final EmbeddedPostgresServer postgres;
        final EmbeddedKafkaBroker kafka;
        final LocalTokenIssuer tokens;
        final Path keys;
        final Path logs;

        private Infrastructure(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, Path keys, Path logs) {
            this.postgres = postgres;
            this.kafka = kafka;
            this.keys = keys;
            this.logs = logs;
            this.tokens = LocalTokenIssuer.inDirectory(keys);
        }

        static Infrastructure start(Path work) throws IOException {
            long started = System.nanoTime();
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startEphemeral();
            EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.startEphemeral();
            for (ServiceSpec service : ServiceSpec.ALL) {
                postgres.createOwnedDatabaseIfMissing(service.database(), service.database(), service.database());
            }
            System.out.printf(
                    "PostgreSQL %s and Kafka %s of this bench started in %d ms%n",
                    postgres.jdbcUrl(""), kafka.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
            return new Infrastructure(
                    postgres, kafka, Files.createDirectories(work.resolve("keys")), Files.createDirectories(work.resolve("logs")));
        }

        ServiceSpec spec(String app) {
            return ServiceSpec.ALL.stream()
                    .filter(s -> s.database().equals(app))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No service " + app));
        }

        /** The variables ./suite up gives a service (ServiceEnvironment), with rate limits lifted for the load. */
        Map<String, String> environment(String app, int port, boolean demoData) {
            Map<String, String> env = app.equals("bare")
                    ? new LinkedHashMap<>(Map.of("QUARKUS_HTTP_HOST", "127.0.0.1"))
                    : new LinkedHashMap<>(ServiceEnvironment.of(
                            spec(app),
                            port,
                            postgres,
                            kafka,
                            tokens.publicKeyFile().toUri().toString(),
                            LocalTokenIssuer.ISSUER,
                            keys,
                            "127.0.0.1",
                            demoData));
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("CUSTOMS_RATE_LIMIT_CALLER_REQUESTS", "10000000");
            env.put("CUSTOMS_RATE_LIMIT_ANONYMOUS_REQUESTS", "10000000");
            return env;
        }

        /** On a busy machine the demo's loading transactions outlast the 60 s default: they get 10 minutes. */
        Map<String, String> demoEnvironment(String app, int port) {
            Map<String, String> env = environment(app, port, true);
            env.put("QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT", "600s");
            return env;
        }

        @Override
        public void close() {
            kafka.close();
            postgres.close();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

/** The runs of one application: start-up to ready each time; load, memory, classes and threads in the last. */
final class Measurement {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Pattern FEATURES = Pattern.compile("Installed features: \\[([^\\]]*)\\]");

    private final String app;
    private final Path jar;
    private final Path demoJar;
    private final List<String> javaOptions;
    private final StartupMemory.Infrastructure infra;
    private final Path work;
    private final int runs;
    private final int loadSeconds;
    private final int rate;

    Measurement(
            String app,
            Path jar,
            Path demoJar,
            List<String> javaOptions,
            StartupMemory.Infrastructure infra,
            Path work,
            int runs,
            int loadSeconds,
            int rate) {
        this.app = app;
        this.jar = jar;
        this.demoJar = demoJar;
        this.javaOptions = javaOptions;
        this.infra = infra;
        this.work = work;
        this.runs = runs;
        this.loadSeconds = loadSeconds;
        this.rate = rate;
    }

    /**
     * One way of starting the application: the JVM options and environment every run has, plus its own. The variants
     * of an application run interleaved (run 1 of each, then run 2 of each, ...), so that a change of the machine's
     * load during the measurement falls on all of them alike.
     */
    record Variant(String label, List<String> options, Map<String, String> env, boolean appcds) {
        /**
         * The plain start, then BENCH_APPCDS=1's (with an AppCDS archive trained on this application), then
         * BENCH_VARIANT's, separated by ";": "label|JVM options|NAME=value ..." (options and variables
         * space-separated), e.g. "c1|-XX:TieredStopAtLevel=1|;loops||QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE=2".
         */
        static List<Variant> fromEnvironment() {
            List<Variant> variants = new ArrayList<>(List.of(new Variant("", List.of(), Map.of(), false)));
            if ("1".equals(System.getenv("BENCH_APPCDS"))) {
                variants.add(new Variant("cds", List.of(), Map.of(), true));
            }
            for (String spec : StartupMemory.env("BENCH_VARIANT", "").split(";")) {
                if (spec.isBlank()) {
                    continue;
                }
                String[] parts = (spec + "| |").split("\\|", -1);
                Map<String, String> env = new LinkedHashMap<>();
                for (String pair : parts[2].trim().split("\\s+")) {
                    if (pair.contains("=")) {
                        env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                    }
                }
                List<String> options = parts[1].isBlank() ? List.of() : List.of(parts[1].trim().split("\\s+"));
                variants.add(new Variant(parts[0].trim(), options, env, false));
            }
            return variants;
        }

        String name(String app) {
            return label.isEmpty() ? app : app + "+" + label;
        }
    }

    List<StartupMemory.Result> run() throws Exception {
        List<Variant> variants = Variant.fromEnvironment();
        Map<Variant, StartupMemory.Result> results = new LinkedHashMap<>();
        Map<Variant, List<String>> options = new LinkedHashMap<>();
        for (Variant variant : variants) {
            results.put(variant, new StartupMemory.Result(variant.name(app)));
            List<String> variantOptions = new ArrayList<>(javaOptions);
            variantOptions.addAll(variant.options());
            options.put(variant, variantOptions);
        }
        StartupMemory.Result first = results.get(variants.get(0));
        seed(first);
        for (Variant variant : variants) {
            results.get(variant).firstStartMillis = first.firstStartMillis;
            if (variant.appcds()) {
                options.get(variant).add("-XX:SharedArchiveFile=" + train());
            }
        }
        for (int run = 1; run <= runs; run++) {
            for (Variant variant : variants) {
                StartupMemory.Result result = results.get(variant);
                if (result.problems.isEmpty()) {
                    measure(variant, result, options.get(variant), run);
                }
            }
        }
        return new ArrayList<>(results.values());
    }

    /** One start of one variant: ready time and RSS at ready; in the last run the load and the probes after it. */
    private void measure(Variant variant, StartupMemory.Result result, List<String> variantOptions, int run)
            throws Exception {
        String name = variant.name(app);
        boolean last = run == runs;
        int port = FreePorts.find();
        Path log = infra.logs.resolve(name + "-run" + run + ".log");
        Path classLog = work.resolve(name + "-classes.log");
        List<String> options = new ArrayList<>(variantOptions);
        if (last) {
            // Tracking costs a few MB (reported as its own category) and is only switched on in the loaded run.
            options.add("-XX:NativeMemoryTracking=summary");
            options.add("-Xlog:class+load=info:file=" + classLog);
        }
        Process process = start(port, options, variant.env(), log);
        try {
            long started = System.nanoTime();
            if (!awaitReady(process, port)) {
                result.problems.add("not ready within 180 s (run " + run + ", log " + log + ")");
                return;
            }
            long readyMillis = (System.nanoTime() - started) / 1_000_000;
            result.readyMillis.add(readyMillis);
            long rss = Probe.rssKib(process.pid());
            result.rssAtReadyKib.add(rss);
            String logText = StartupMemory.read(log);
            Matcher startedIn = STARTED.matcher(logText);
            if (startedIn.find()) {
                result.quarkusStartedSeconds.add(Double.parseDouble(startedIn.group(1)));
            }
            Matcher features = FEATURES.matcher(logText);
            if (features.find()) {
                result.features = features.group(1);
            }
            System.out.printf("  %-18s run %d: ready in %5d ms, RSS %4d MiB%n", name, run, readyMillis, rss / 1024);
            if (last) {
                result.classesAtReady = Probe.lines(classLog);
                result.sharedClassesAtReady = Probe.sharedLines(classLog);
                result.load = Load.forApp(app, port, infra.tokens).run(loadSeconds, rate);
                if (!process.isAlive()) {
                    result.problems.add("died during the load (log " + log + ")");
                    return;
                }
                result.problems.addAll(result.load.problems());
                Probe.into(result, process.pid(), classLog);
            }
        } finally {
            stop(process);
        }
    }

    /**
     * The demo jar (./mvnw package -Pdemo, what ./suite up runs) starts first on the empty database, alone, and
     * fills it and its topic with the demo's data (staffing's gates and officers reach the services measured after it
     * through Kafka): the measured production jar then starts on a migrated database with data, as a restart in
     * production does, and its load finds data. This first start is reported, not counted.
     */
    private void seed(StartupMemory.Result result) {
        if (demoJar == null || !Files.isRegularFile(demoJar)) {
            if (demoJar != null) {
                System.out.println("  no demo jar (./mvnw package -Pdemo): " + app + " starts on an empty database");
            }
            return;
        }
        int port = FreePorts.find();
        long started = System.nanoTime();
        ServiceProcess demo = ServiceProcess.start(
                infra.spec(app),
                port,
                ServiceProcess.javaCommand(demoJar, List.of(StartupMemory.LAUNCHER_JAVA_OPTS.split(" "))),
                infra.demoEnvironment(app, port),
                infra.logs.resolve(app + "-demo.log"));
        try {
            demo.awaitReady("127.0.0.1", Instant.now().plusSeconds(300));
            result.firstStartMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("  %-12s demo jar: migrations and demo data, ready in %d ms%n", app, result.firstStartMillis);
            // The demo's last rows and the events of the others settle (inspections' demo waits for staffing's officers).
            StartupMemory.pause(Duration.ofSeconds(5));
        } finally {
            demo.stop(Duration.ofSeconds(30));
        }
    }

    /**
     * BENCH_APPCDS=1: a training run (ready, 10 s of the load, stop) dumps a dynamic AppCDS archive of the classes it
     * loaded (-XX:ArchiveClassesAtExit, JDK 13+), which the measured runs map (-XX:SharedArchiveFile).
     */
    private Path train() throws Exception {
        Path archive = work.resolve(app + ".jsa");
        List<String> options = new ArrayList<>(javaOptions);
        options.add("-XX:ArchiveClassesAtExit=" + archive);
        int port = FreePorts.find();
        long started = System.nanoTime();
        Process process = start(port, options, Map.of(), infra.logs.resolve(app + "-appcds-training.log"));
        long dumping;
        try {
            if (awaitReady(process, port)) {
                Load.forApp(app, port, infra.tokens).run(10, rate);
            }
        } finally {
            dumping = System.nanoTime();
            // The archive is written while the JVM exits: on a busy machine that outlasts the usual 30 s, and a JVM
            // killed in the middle leaves an archive no JVM maps.
            stop(process, 600);
        }
        long now = System.nanoTime();
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("No AppCDS archive was written; see the training log");
        }
        // What an archive costs to make: a start, the training load, and the dump at exit (its own figure).
        System.out.printf("  %-18s AppCDS archive: %d MiB, trained in %d s, dumped at exit in %d ms%n", app,
                Files.size(archive) / (1024 * 1024), (now - started) / 1_000_000_000L, (now - dumping) / 1_000_000);
        return archive;
    }

    private Process start(int port, List<String> options, Map<String, String> variantEnv, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ServiceProcess.javaCommand(jar, options))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(infra.environment(app, port, false));
        // BENCH_ENV="NAME=value ..." for the measured JVMs, e.g. MALLOC_ARENA_MAX=2.
        for (String pair : StartupMemory.env("BENCH_ENV", "").trim().split("\\s+")) {
            if (pair.contains("=")) {
                builder.environment().put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        builder.environment().putAll(variantEnv);
        return builder.start();
    }

    /** Polls /q/health/ready every 20 ms until it answers 200 with status UP. */
    private static boolean awaitReady(Process process, int port) {
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> answer = HTTP.send(
                        HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            StartupMemory.pause(Duration.ofMillis(20));
        }
        return false;
    }

    private static void stop(Process process) throws InterruptedException {
        stop(process, 30);
    }

    private static void stop(Process process, int seconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}

/**
 * A mixed load on one application: each service's everyday reads (lists, statistics, change feed, audit, metrics) and
 * its main writes where they work for a service alone (lodging declarations, filing hotline reports, a rotation plan),
 * at a steady rate from four clients. Any 5xx, a refused connection, or a request that never succeeds is a problem.
 */
final class Load {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    record Request(String name, String method, String path, String token, java.util.function.Supplier<String> body) {}

    /** The answers by request and status, and the latency of the steady mix's requests (ms, p50 and p99). */
    record Summary(Map<String, Map<Integer, Long>> statuses, long requests, double seconds, double p50, double p99) {
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            statuses.forEach((name, codes) -> {
                codes.forEach((code, count) -> {
                    if (code == 0 || code >= 500) {
                        problems.add(count + " x " + (code == 0 ? "no answer" : "HTTP " + code) + " on " + name);
                    }
                });
                if (codes.keySet().stream().noneMatch(code -> code >= 200 && code < 300)) {
                    problems.add(name + " never succeeded: " + codes);
                }
            });
            return problems;
        }
    }

    private final int port;
    private final List<Request> mix;
    private final List<Request> once;

    private Load(int port, List<Request> mix, List<Request> once) {
        this.port = port;
        this.mix = mix;
        this.once = once;
    }

    static Load forApp(String app, int port, LocalTokenIssuer tokens) {
        String from = LocalDate.now().minusDays(95).toString();
        String today = LocalDate.now().toString();
        String reader = token(tokens, app, List.of("DASHBOARD", "INTEGRATION", "AUDITOR", "PERSONNEL", "HOTLINE_HANDLER",
                "INSPECTION_LEAD"), Map.of());
        List<Request> mix = new ArrayList<>();
        List<Request> once = new ArrayList<>();
        if (!app.equals("bare")) {
            mix.add(get("metrics", "/q/metrics", null));
        }
        mix.add(get("ready", "/q/health/ready", null));
        switch (app) {
            case "bare":
                mix.add(get("hello", "/hello?name=bench", null));
                break;
            case "declarations":
                String declarant = token(tokens, app, List.of("DECLARANT"), Map.of("tax_id", "0101234567"));
                mix.add(new Request("lodge", "POST", "/api/v1/declarations", declarant, Load::declaration));
                mix.add(new Request("dry-run", "POST", "/api/v1/declarations/dry-run", declarant, Load::declaration));
                mix.add(get("own list", "/api/v1/declarations?limit=50", declarant));
                mix.add(get("statistics", "/api/v1/statistics?from=" + from, reader));
                mix.add(get("events", "/api/v1/events?limit=50", reader));
                break;
            case "staffing":
                once.add(new Request("rotation plan", "POST", "/api/v1/rotation-plans", reader, () ->
                        "{\"periodFrom\":\"2027-01-01\",\"periodTo\":\"2027-03-31\",\"unitCodes\":[\"DEPT\",\"HUU_NGHI\",\"COC_NAM\",\"CHI_MA\"]}"));
                mix.add(get("officers", "/api/v1/officers?limit=50", reader));
                mix.add(get("postings", "/api/v1/postings?unit=HUU_NGHI&on=" + today, reader));
                mix.add(get("units", "/api/v1/units", reader));
                mix.add(get("statistics", "/api/v1/statistics", reader));
                mix.add(get("events", "/api/v1/events?limit=50", reader));
                break;
            case "hotline":
                mix.add(get("hotlines", "/api/v1/hotlines", null));
                mix.add(new Request("file report", "POST", "/api/v1/reports", null, Load::report));
                // A handler acts as an officer (officer_id): one posted nowhere, so no report is withheld as a conflict.
                String handler = token(tokens, app, List.of("HOTLINE_HANDLER"),
                        Map.of("officer_id", "00000000-0000-4000-8000-00000000b0b0"));
                mix.add(get("reports", "/api/v1/reports?limit=50", handler));
                mix.add(get("statistics", "/api/v1/statistics/reports?from=" + from + "&to=" + today, reader));
                mix.add(get("events", "/api/v1/events?limit=50", reader));
                break;
            case "inspections":
                mix.add(get("inspections", "/api/v1/inspections?limit=50", reader));
                mix.add(get("plans", "/api/v1/inspection-plans", reader));
                mix.add(get("statistics", "/api/v1/inspection-statistics?from=" + from + "&to=" + today, reader));
                mix.add(get("corrective actions", "/api/v1/corrective-actions", reader));
                mix.add(get("events", "/api/v1/events?limit=50", reader));
                break;
            default:
                throw new IllegalArgumentException("No load for " + app);
        }
        if (!app.equals("bare")) {
            mix.add(get("audit", "/api/v1/audit-entries?limit=50", reader));
            mix.add(get("openapi", "/q/openapi", null));
        }
        return new Load(port, mix, once);
    }

    private static String token(LocalTokenIssuer tokens, String app, List<String> roles, Map<String, Object> claims) {
        if (app.equals("bare")) {
            return null;
        }
        String audience = LocalTokenIssuer.SERVICE_AUDIENCES.get(app);
        return tokens.token("bench-" + String.join("-", roles).toLowerCase(), List.of(audience), roles, claims,
                Duration.ofHours(2));
    }

    private static Request get(String name, String path, String token) {
        return new Request(name, "GET", path, token, null);
    }

    private static String declaration() {
        long n = SEQUENCE.incrementAndGet();
        return """
            {"lrn":"BENCH-%d","flow":"IMPORT","procedureCode":"A11","gateCode":"HUU_NGHI","submissionChannel":"ELECTRONIC",
             "declarant":{"taxId":"0101234567","name":"Công ty TNHH Thương mại Đồng Đăng"},
             "counterparty":{"name":"Guangxi Pingxiang Trading Co.","country":"CN"},
             "transport":{"mode":"ROAD","meansId":"12C-34567","arrivalDate":"%s"},
             "invoice":{"number":"PX-%d","date":"%s","currency":"USD","amount":48500.00,"exchangeRateVnd":25350,"usdRateVnd":25350},
             "items":[{"hsCode":"08109094","description":"Quả thanh long tươi","originCountry":"CN","quantity":20000,"unit":"KGM","customsValue":48500.00}]}
            """.formatted(n, LocalDate.now(), n, LocalDate.now().minusDays(3));
    }

    private static String report() {
        return "{\"kind\":\"DENUNCIATION\",\"category\":\"BRIBE_REQUEST\",\"unitCode\":\"HUU_NGHI\",\"reporterMode\":\"ANONYMOUS\","
                + "\"accusedDescription\":\"the officer at counter 2\",\"text\":\"Bench report "
                + SEQUENCE.incrementAndGet() + ": the officer asked for 2 million dong to let the truck through.\"}";
    }

    Summary run(int seconds, int rate) throws InterruptedException {
        Map<String, Map<Integer, Long>> statuses = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(seconds);
        once.forEach(request -> send(request, statuses, sent, null));
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        int clients = 4;
        long interval = TimeUnit.SECONDS.toNanos(1) * clients / Math.max(1, rate);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong next = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            long offset = interval * c / clients;
            pool.submit(() -> {
                long due = started + offset;
                while (System.nanoTime() < end) {
                    Request request = mix.get((int) (next.getAndIncrement() % mix.size()));
                    send(request, statuses, sent, latencies);
                    due += interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        StartupMemory.pause(Duration.ofNanos(wait));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double took = (System.nanoTime() - started) / 1e9;
        List<Long> sorted;
        synchronized (latencies) {
            sorted = latencies.stream().sorted().collect(Collectors.toList());
        }
        return new Summary(new TreeMap<>(statuses), sent.get(), took, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static double percentile(List<Long> sortedNanos, double quantile) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(quantile * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    private void send(Request request, Map<String, Map<Integer, Long>> statuses, AtomicLong sent, List<Long> latencies) {
        long began = System.nanoTime();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.path()))
                .timeout(Duration.ofSeconds(30));
        if (request.token() != null) {
            builder.header("Authorization", "Bearer " + request.token());
        }
        if (request.body() != null) {
            builder.header("Content-Type", "application/json")
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body().get()));
        }
        int status;
        try {
            status = HTTP.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        sent.incrementAndGet();
        if (latencies != null) {
            latencies.add(System.nanoTime() - began);
        }
        statuses.computeIfAbsent(request.name(), k -> new ConcurrentHashMap<>()).merge(status, 1L, Long::sum);
    }
}

/** What the JVM says about itself after the load: RSS, native memory by category, classes per library, threads. */
final class Probe {
    private static final Pattern NMT = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern THREAD = Pattern.compile("^\"([^\"]+)\"");
    /** Package prefixes grouped by the library they belong to; the first match wins. */
    private static final String[][] LIBRARIES = {
        {"org.hibernate.validator", "hibernate-validator"}, {"org.hibernate", "hibernate-orm"},
        {"net.bytebuddy", "hibernate-orm"}, {"org.apache.kafka", "kafka-clients"},
        {"io.smallrye.reactive.messaging", "smallrye-messaging"}, {"io.smallrye.openapi", "smallrye-openapi"},
        {"io.smallrye.mutiny", "mutiny"}, {"io.smallrye", "smallrye-other"}, {"org.eclipse.microprofile", "microprofile"},
        {"org.flywaydb", "flyway"}, {"ai.timefold", "timefold"}, {"io.vertx", "vertx"}, {"io.netty", "netty"},
        {"io.quarkus", "quarkus"}, {"com.fasterxml.jackson", "jackson"}, {"org.jboss.resteasy", "resteasy"},
        {"org.jboss", "jboss"}, {"io.micrometer", "micrometer"}, {"io.opentelemetry", "opentelemetry"},
        {"org.postgresql", "postgresql-jdbc"}, {"io.agroal", "agroal"}, {"org.bouncycastle", "bouncycastle"},
        {"com.google", "google(tink,...)"}, {"org.jose4j", "jose4j"}, {"vn.customs", "customs (own code)"},
        {"java.", "jdk"}, {"javax.", "jdk"}, {"jdk.", "jdk"}, {"sun.", "jdk"}, {"com.sun.", "jdk"},
    };

    static void into(StartupMemory.Result result, long pid, Path classLog) throws IOException, InterruptedException {
        String status = StartupMemory.read(Path.of("/proc/" + pid + "/status"));
        result.rssKib = kib(status, "VmRSS");
        result.hwmKib = kib(status, "VmHWM");
        for (String line : jcmd(pid, "VM.native_memory", "summary").split("\n")) {
            Matcher m = NMT.matcher(line.trim());
            if (m.find()) {
                result.nmtCommittedKib.put(m.group(1).trim(), Long.parseLong(m.group(3)));
            }
        }
        for (String line : jcmd(pid, "Thread.print").split("\n")) {
            Matcher m = THREAD.matcher(line);
            if (m.find()) {
                result.threadsByName.merge(m.group(1).replaceAll("[0-9]+", "#"), 1L, Long::sum);
                result.threads++;
            }
        }
        for (String line : Files.readAllLines(classLog)) {
            int start = line.indexOf("] ", line.indexOf("[class,load]"));
            if (start < 0) {
                continue;
            }
            String name = line.substring(start + 2).split(" ", 2)[0];
            result.classesByLibrary.merge(library(name), 1L, Long::sum);
        }
    }

    static String library(String className) {
        for (String[] library : LIBRARIES) {
            if (className.startsWith(library[0])) {
                return library[1];
            }
        }
        return "other";
    }

    /** Classes mapped from a CDS archive: the JDK's default one ("shared objects file") or an AppCDS one ("(top)"). */
    static long sharedLines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.contains("[class,load]") && line.contains("shared objects file")).count();
        }
    }

    static long rssKib(long pid) {
        return kib(StartupMemory.read(Path.of("/proc/" + pid + "/status")), "VmRSS");
    }

    static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.contains("[class,load]")).count();
        }
    }

    private static long kib(String status, String field) {
        Matcher m = Pattern.compile(field + ":\\s+(\\d+) kB").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        List<String> args = new ArrayList<>(List.of(java.resolveSibling("jcmd").toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}

/** Prints the figures and writes them for the plot (startup-memory.tsv) and for docs/benchmarks.md (summary.md). */
final class Report {
    /** NMT categories folded into the plot's groups; "Native Memory Tracking" is the bench's own cost, left out. */
    static final String[][] GROUPS = {
        {"heap", "Java Heap"}, {"class metadata", "Class", "Metaspace", "Shared class space", "Module"},
        {"code cache", "Code"}, {"thread stacks", "Thread"}, {"GC", "GC"}, {"compiler", "Compiler", "Arena Chunk"},
        {"symbols", "Symbol"},
    };

    static void print(List<StartupMemory.Result> results, Path work) throws IOException {
        StringBuilder tsv = new StringBuilder("app\tready_ms\theap\tclass\tcode\tthreads\tgc\tcompiler\tsymbols\tother\trss_mib\n");
        StringBuilder md = new StringBuilder();
        md.append("| application | ready ms median (min-max) | first start ms (migrations + demo) | Quarkus \"started in\" | RSS MiB at ready | RSS MiB after load (peak) | load p50 / p99 ms | heap | class metadata | code cache | thread stacks | GC | compiler | symbols | other | threads | classes loaded (at ready; from a CDS archive) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        System.out.println();
        System.out.println("== start-up to ready and memory after the load (MiB; native memory = NMT committed)");
        System.out.printf("%-18s %-22s %-7s %-9s %-6s %-13s %-11s %5s %6s %5s %7s %4s %5s %5s %5s %7s %s%n", "application", "ready ms med (min-max)",
                "1st ms", "started", "RSS@r", "RSS (peak)", "p50/p99 ms", "heap", "class", "code", "threads", "GC", "comp", "symb", "other", "threads", "classes (at ready; from CDS)");
        for (StartupMemory.Result r : results) {
            if (r.readyMillis.isEmpty()) {
                System.out.printf("%-18s not measured: %s%n", r.app, r.problems);
                continue;
            }
            long min = r.readyMillis.stream().min(Long::compare).orElse(0L);
            long max = r.readyMillis.stream().max(Long::compare).orElse(0L);
            String ready = r.median() + " (" + min + "-" + max + ")";
            String started = r.quarkusStartedSeconds.isEmpty() ? "-" : String.format("%.2fs", median(r.quarkusStartedSeconds));
            long[] groups = groups(r.nmtCommittedKib);
            long classes = r.classesByLibrary.values().stream().mapToLong(Long::longValue).sum();
            String rss = mib(r.rssKib) + " (" + mib(r.hwmKib) + ")";
            long rssAtReady = mib(StartupMemory.Result.median(r.rssAtReadyKib));
            String latency = r.load == null ? "-" : String.format("%.0f / %.0f", r.load.p50(), r.load.p99());
            String atReady = r.classesAtReady + "; " + r.sharedClassesAtReady;
            System.out.printf("%-18s %-22s %-7s %-9s %-6d %-13s %-11s %5d %6d %5d %7d %4d %5d %5d %5d %7d %d (%s)%n", r.app, ready,
                    r.firstStartMillis == 0 ? "-" : Long.toString(r.firstStartMillis), started, rssAtReady, rss, latency,
                    mib(groups[0]), mib(groups[1]), mib(groups[2]), mib(groups[3]), mib(groups[4]), mib(groups[5]),
                    mib(groups[6]), mib(groups[7]), r.threads, classes, atReady);
            tsv.append(r.app).append('\t').append(r.median());
            for (long g : groups) {
                tsv.append('\t').append(String.format("%.1f", g / 1024.0));
            }
            tsv.append('\t').append(String.format("%.1f", r.rssKib / 1024.0)).append('\n');
            md.append(String.format("| %s | %s | %s | %s | %d | %s | %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d (%s) |%n", r.app, ready,
                    r.firstStartMillis == 0 ? "-" : Long.toString(r.firstStartMillis), started, rssAtReady, rss, latency,
                    mib(groups[0]), mib(groups[1]), mib(groups[2]), mib(groups[3]), mib(groups[4]),
                    mib(groups[5]), mib(groups[6]), mib(groups[7]), r.threads, classes, atReady));
        }
        System.out.println();
        System.out.println("== classes loaded per library after the load");
        List<String> libraries = results.stream()
                .flatMap(r -> r.classesByLibrary.keySet().stream())
                .distinct()
                .sorted()
                .collect(Collectors.toList());
        StringBuilder header = new StringBuilder(String.format("%-22s", "library"));
        results.forEach(r -> header.append(String.format(" %17s", r.app)));
        System.out.println(header);
        md.append("\n| classes per library |");
        results.forEach(r -> md.append(' ').append(r.app).append(" |"));
        md.append("\n|---|").append("---|".repeat(results.size())).append('\n');
        for (String library : libraries) {
            StringBuilder row = new StringBuilder(String.format("%-22s", library));
            md.append("| ").append(library).append(" |");
            for (StartupMemory.Result r : results) {
                long count = r.classesByLibrary.getOrDefault(library, 0L);
                row.append(String.format(" %17d", count));
                md.append(' ').append(count).append(" |");
            }
            md.append('\n');
            System.out.println(row);
        }
        System.out.println();
        System.out.println("== threads after the load, by name (digits as #)");
        for (StartupMemory.Result r : results) {
            String threads = r.threadsByName.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
            System.out.printf("%-18s %d: %s%n", r.app, r.threads, threads);
        }
        System.out.println();
        System.out.println("== native memory (NMT committed, KiB) by category, the load's answers, the features");
        for (StartupMemory.Result r : results) {
            System.out.printf("%-18s %s%n", r.app, r.nmtCommittedKib);
            if (r.load != null) {
                System.out.printf("%-18s %d requests in %.0f s: %s%n", "", r.load.requests(), r.load.seconds(), r.load.statuses());
            }
            System.out.printf("%-18s features: %s%n", "", r.features);
        }
        Files.writeString(work.resolve("startup-memory.tsv"), tsv);
        Files.writeString(work.resolve("summary.md"), md);
    }

    /** The plot's groups in GROUPS order, then "other" (everything else but NMT's own tracking). */
    static long[] groups(Map<String, Long> nmt) {
        long[] groups = new long[GROUPS.length + 1];
        nmt.forEach((category, kib) -> {
            if (category.equals("Native Memory Tracking")) {
                return;
            }
            for (int g = 0; g < GROUPS.length; g++) {
                for (int c = 1; c < GROUPS[g].length; c++) {
                    if (GROUPS[g][c].equals(category)) {
                        groups[g] += kib;
                        return;
                    }
                }
            }
            groups[GROUPS.length] += kib;
        });
        return groups;
    }

    static long mib(long kib) {
        return Math.round(kib / 1024.0);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().collect(Collectors.toList());
        return sorted.get(sorted.size() / 2);
    }
}
