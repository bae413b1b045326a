package vn.customs.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a fault story, printed with the run's output and written to {@code target/figures/<story>.txt} for
 * {@code docs/benchmarks.md}, each with the machine they were measured on (cores, load average, time): on a shared
 * machine a time means little without them.
 */
final class FaultFigures {

    private final String story;
    private final Map<String, String> figures = new LinkedHashMap<>();

    FaultFigures(String story) {
        this.story = story;
        put("date", Instant.now().toString());
        put("host", hostName());
        put("cores", Runtime.getRuntime().availableProcessors());
        put("load average at start", loadAverage());
    }

    FaultFigures put(String name, Object value) {
        figures.put(name, String.valueOf(value));
        return this;
    }

    /** Seconds with one decimal between two {@link System#nanoTime} readings. */
    static String seconds(long fromNanos, long toNanos) {
        return String.format("%.1f", (toNanos - fromNanos) / 1e9);
    }

    /** Prints the figures and writes them beside the run's work directory. */
    void report(SystemUnderTest suite) {
        put("load average at end", loadAverage());
        StringBuilder text = new StringBuilder();
        figures.forEach((name, value) -> {
            System.out.printf("system tests: %s: %s = %s%n", story, name, value);
            text.append(name).append(" = ").append(value).append('\n');
        });
        Path file = suite.figuresDirectory().resolve(story + ".txt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("system tests: %s: figures written to %s%n", story, file);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }
}
