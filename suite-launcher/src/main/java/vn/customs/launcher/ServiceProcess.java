package vn.customs.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as a child JVM of the launcher, its output in its own log file. */
public final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(ServiceSpec spec, int port, Path log, Process process) {
        this.spec = spec;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** The command that runs a packaged service: this launcher's own java, {@code -jar quarkus-run.jar}. */
    public static List<String> javaCommand(Path jar, List<String> javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** Starts the service's command with its configuration in its environment, output to {@code log}. */
    public static ServiceProcess start(
            ServiceSpec spec, int port, List<String> command, Map<String, String> env, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        try {
            return new ServiceProcess(spec, port, log, builder.start());
        } catch (IOException e) {
            throw new SuiteException("Cannot start " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** The service's own JVM (started directly with java, no wrapper script in between). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public String baseUrl(String host) {
        return "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
    }

    /**
     * Waits until {@code /q/health/ready} answers 200, or fails with the reason and the end of the service's log
     * when the process exits first or the deadline passes.
     */
    public void awaitReady(String host, Instant deadline) {
        URI ready = URI.create(baseUrl(host) + "/q/health/ready");
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new SuiteException(spec.name() + " exited with code " + process.exitValue()
                        + " before it was ready.\n" + LogTail.of(log, 25));
            }
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(2))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SuiteException("Interrupted while waiting for " + spec.name());
            }
            pause();
        }
        throw new SuiteException(
                spec.name() + " was not ready in time (" + ready + ": " + lastAnswer + ").\n" + LogTail.of(log, 25));
    }

    /** Asks the service to stop (SIGTERM), and kills it if it has not stopped within the grace period. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
