package vn.customs.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The entry point behind {@code ./suite}: {@code up} runs the whole suite in the foreground, {@code down} stops a
 * running one from another shell, {@code status} says whether it runs.
 */
public final class Suite {

    private Suite() {}

    public static void main(String[] args) {
        Path root =
                Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        PrintStream out = System.out;
        String command = args.length == 0 ? "help" : args[0];
        try {
            SuiteSettings settings = SuiteSettings.from(root, System.getenv());
            switch (command) {
                case "up":
                    routeLibraryLogsTo(settings);
                    new SuiteRun(settings, out).upAndWait();
                    break;
                case "down":
                    down(settings, out);
                    break;
                case "status":
                    status(settings, out);
                    break;
                case "token":
                    TokenCommand.run(settings, java.util.Arrays.asList(args).subList(1, args.length), out);
                    break;
                case "help":
                case "--help":
                case "-h":
                    usage(out);
                    break;
                default:
                    usage(System.err);
                    System.exit(2);
            }
        } catch (SuiteException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    /** Kafka and the embedded PostgreSQL log through SLF4J; their lines go to a file, not over the table. */
    private static void routeLibraryLogsTo(SuiteSettings settings) {
        System.setProperty(
                "org.slf4j.simpleLogger.logFile",
                settings.logs().resolve("infrastructure.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        settings.logs().toFile().mkdirs();
    }

    private static void down(SuiteSettings settings, PrintStream out) throws InterruptedException {
        Optional<ProcessHandle> launcher = new RunFiles(settings).runningLauncher();
        if (launcher.isEmpty()) {
            out.println("The suite is not running.");
            return;
        }
        ProcessHandle handle = launcher.get();
        out.println("Stopping the suite (launcher pid " + handle.pid() + ") ...");
        handle.destroy();
        try {
            handle.onExit().get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);
            out.println("Suite stopped.");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new SuiteException("The launcher (pid " + handle.pid() + ") did not stop within 60 s.");
        }
    }

    private static void status(SuiteSettings settings, PrintStream out) {
        Optional<ProcessHandle> launcher = new RunFiles(settings).runningLauncher();
        out.println(launcher.map(h -> "The suite runs (launcher pid " + h.pid() + ").")
                .orElse("The suite is not running."));
    }

    private static void usage(PrintStream out) {
        out.println("Usage: ./suite COMMAND");
        out.println();
        out.println(
                "  up      start PostgreSQL, Kafka and the four services; stay in the foreground (Ctrl-C stops all)");
        out.println("  down    stop a suite started by ./suite up in another shell");
        out.println("  status  say whether the suite runs");
        out.println("  token ROLE [ROLE...] [--for SERVICE ...] [--claim name=value ...] [--subject s] [--minutes n]");
        out.println("          print a bearer token the suite accepts, e.g.");
        out.println(
                "          curl -H \"Authorization: Bearer $(./suite token DECLARANT --claim tax_id=0101234567)\" ...");
        out.println("          It is for all four services unless --for names some (declarations, staffing, hotline,");
        out.println("          inspections): each service accepts only tokens that carry its own audience.");
        out.println();
        out.println(
                "Settings (environment): SUITE_DECLARATIONS_PORT=8081 SUITE_STAFFING_PORT=8082 SUITE_HOTLINE_PORT=8083");
        out.println("  SUITE_INSPECTIONS_PORT=8084 SUITE_POSTGRES_PORT=15432 SUITE_KAFKA_PORT=19092");
        out.println("  SUITE_KAFKA_CONTROLLER_PORT=19093 SUITE_HOME=.suite SUITE_HTTP_HOST=127.0.0.1");
        out.println(
                "  SUITE_POSTGRES_URL (an external server's jdbc:postgresql://host:port/postgres, with SUITE_POSTGRES_USER");
        out.println("  and SUITE_POSTGRES_PASSWORD) SUITE_KAFKA_BOOTSTRAP_SERVERS (an external broker)");
        out.println("  SUITE_JAVA_OPTS (JVM options of each service) SUITE_READY_TIMEOUT_SECONDS=300");
    }
}
