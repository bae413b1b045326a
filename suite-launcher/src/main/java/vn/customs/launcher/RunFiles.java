package vn.customs.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The files under {@code .suite/} that say which launcher runs and which service processes it started, so that
 * {@code ./suite down} can find it and a later {@code up} can clean up after a launcher that was killed with -9.
 */
final class RunFiles {

    private final SuiteSettings settings;

    RunFiles(SuiteSettings settings) {
        this.settings = settings;
    }

    /** The running launcher, if there is one. */
    Optional<ProcessHandle> runningLauncher() {
        return readPids(settings.pidFile()).stream()
                .findFirst()
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> commandLine(handle).contains("suite-launcher"));
    }

    void refuseWhenAlreadyRunning() {
        runningLauncher().ifPresent(handle -> {
            throw new SuiteException("The suite already runs (launcher pid " + handle.pid()
                    + "). Use it, or stop it first with ./suite down.");
        });
    }

    /** Stops service processes a killed launcher left behind; they would hold the ports and the database. */
    void stopLeftoversOfACrashedRun(PrintStream out) {
        for (Long pid : readPids(settings.servicePidFile())) {
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> commandLine(handle).contains("quarkus-run.jar"))
                    .ifPresent(handle -> {
                        out.println("Stopping service process " + pid + " left behind by an earlier run ...");
                        handle.destroy();
                        try {
                            handle.onExit().get(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS);
                        } catch (Exception e) {
                            handle.destroyForcibly();
                        }
                    });
        }
        clear();
    }

    void writeLauncherPid() {
        write(settings.pidFile(), List.of(Long.toString(ProcessHandle.current().pid())));
    }

    void writeServicePids(List<ServiceProcess> services) {
        write(
                settings.servicePidFile(),
                services.stream().map(service -> Long.toString(service.pid())).collect(Collectors.toList()));
    }

    void clear() {
        try {
            Files.deleteIfExists(settings.pidFile());
            Files.deleteIfExists(settings.servicePidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commandLine(ProcessHandle handle) {
        return handle.info().commandLine().orElse("");
    }

    private static List<Long> readPids(Path file) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(line -> line.matches("\\d+"))
                    .map(Long::valueOf)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
