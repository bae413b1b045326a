package vn.customs.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a component's log says about its failure, to show with the failure so nobody has to go looking: the
 * error lines and causes first (a failed migration names its script there), then the last lines.
 */
final class LogTail {

    /** Log lines at ERROR level, exception causes, and the detail lines Flyway and PostgreSQL print. */
    private static final Pattern TELLING = Pattern.compile(" ERROR |^Caused by: |^Message +: |^FATAL|^\\S*Exception: ");

    private static final int MOST_TELLING_LINES = 12;

    private LogTail() {}

    static String of(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            Set<String> telling = all.stream()
                    .filter(line -> TELLING.matcher(line).find())
                    .map(String::strip)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            StringBuilder text = new StringBuilder();
            if (!telling.isEmpty()) {
                text.append("---- what went wrong, from ").append(log).append(" ----\n");
                telling.stream()
                        .limit(MOST_TELLING_LINES)
                        .forEach(line -> text.append("  ").append(line).append('\n'));
            }
            text.append("---- last ")
                    .append(tail.size())
                    .append(" lines of ")
                    .append(log)
                    .append(" ----\n");
            tail.forEach(line -> text.append(line).append('\n'));
            return text.append("---- end of ")
                    .append(log.getFileName())
                    .append(" ----")
                    .toString();
        } catch (IOException | RuntimeException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
