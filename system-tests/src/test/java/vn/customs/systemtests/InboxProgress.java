package vn.customs.systemtests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What declarations' staffing consumers have applied, read from their inbox (one row per event applied, with the
 * record it came from and when): per consumer, the events of {@code topic} from the given offset of each partition on
 * (all of the topic when none is given), and when the first and the last of them were applied.
 */
final class InboxProgress {

    /** One consumer's share: how many events, the first and the last applied (null when none). */
    record Applied(long events, Instant first, Instant last) {}

    private final Connection connection;
    private final String query;

    InboxProgress(Connection connection, String topic, Map<Integer, Long> from) {
        this.connection = connection;
        String range = from.isEmpty()
                ? "TRUE"
                : from.entrySet().stream()
                        .map(start -> "(record_partition = " + start.getKey() + " AND record_offset >= "
                                + start.getValue() + ")")
                        .collect(Collectors.joining(" OR ", "(", ")"));
        this.query = "SELECT consumer, count(*), min(processed_at), max(processed_at) FROM platform_inbox"
                + " WHERE topic = '" + topic + "' AND consumer IN ('"
                + String.join("','", RosterTables.CONSUMERS) + "') AND " + range + " GROUP BY consumer";
    }

    Map<String, Applied> applied() {
        Map<String, Applied> applied = new TreeMap<>();
        RosterTables.CONSUMERS.forEach(consumer -> applied.put(consumer, new Applied(0, null, null)));
        try (PreparedStatement statement = connection.prepareStatement(query);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                applied.put(
                        rows.getString(1),
                        new Applied(
                                rows.getLong(2),
                                rows.getTimestamp(3).toInstant(),
                                rows.getTimestamp(4).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the inbox: " + e.getMessage(), e);
        }
        return applied;
    }

    /** Events applied by both consumers together. */
    long total() {
        return applied().values().stream().mapToLong(Applied::events).sum();
    }

    /** Events per consumer. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        applied().forEach((consumer, applied) -> counts.put(consumer, applied.events()));
        return counts;
    }
}
