package vn.customs.systemtests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Declarations' projections of staffing's events, table by table, every row and every column as text
 * ({@code null} for SQL NULL), compared as sets: the unit directory ({@code units}), the officer roster
 * ({@code officer_records}, {@code officer_postings}, {@code unit_heads}, {@code officer_suspensions}) and the inbox
 * rows of the two consumers that keep them (which event each applied, from which record). The first column of each
 * table is the key {@link #restrictedTo} selects by: postings are keyed by their officer, heads by their unit.
 */
final class RosterTables {

    static final List<String> CONSUMERS = List.of("declarations.officers", "declarations.units");

    private static final Map<String, String> QUERIES = Map.of(
            "units",
            "SELECT unit_code, name, kind, parent_code, closed_on FROM units",
            "officer_records",
            "SELECT officer_id, full_name, conflict_tax_ids FROM officer_records",
            "officer_postings",
            "SELECT officer_id, posting_id, unit_code, valid_from, valid_to FROM officer_postings",
            "unit_heads",
            "SELECT unit_code, valid_from, head_officer_id FROM unit_heads",
            "officer_suspensions",
            "SELECT officer_id, case_id FROM officer_suspensions",
            "platform_inbox",
            "SELECT consumer, event_id, event_type, topic, record_partition, record_offset FROM platform_inbox"
                    + " WHERE consumer IN ('" + String.join("','", CONSUMERS) + "')");

    private final Map<String, SortedSet<String>> tables = new TreeMap<>();

    RosterTables() {
        QUERIES.keySet().forEach(table -> tables.put(table, new TreeSet<>()));
    }

    /** Every row of the projections and their inbox in the database behind {@code connection}. */
    static RosterTables read(Connection connection) {
        RosterTables read = new RosterTables();
        QUERIES.forEach((table, query) -> {
            try (PreparedStatement statement = connection.prepareStatement(query);
                    ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rows.getString(i + 1);
                    }
                    read.add(table, row);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read " + table + ": " + e.getMessage(), e);
            }
        });
        return read;
    }

    synchronized void unit(String code, String name, String kind, String parentCode, Object closedOn) {
        add("units", code, name, kind, parentCode, closedOn);
    }

    synchronized void officer(UUID officer, String fullName, String conflictTaxIds) {
        add("officer_records", officer, fullName, conflictTaxIds);
    }

    synchronized void posting(String postingId, UUID officer, String unitCode, Object from, Object to) {
        add("officer_postings", officer, postingId, unitCode, from, to);
    }

    synchronized void head(String unitCode, Object from, UUID head) {
        add("unit_heads", unitCode, from, head);
    }

    private void add(String table, Object... row) {
        tables.get(table).add(Arrays.stream(row).map(String::valueOf).collect(Collectors.joining(" | ")));
    }

    /** The rows whose key (first column) is the key of a row of {@code keys} in the same table. */
    synchronized RosterTables restrictedTo(RosterTables keys) {
        RosterTables restricted = new RosterTables();
        tables.forEach((table, rows) -> {
            Set<String> wanted =
                    keys.tables.get(table).stream().map(RosterTables::key).collect(Collectors.toSet());
            rows.stream().filter(row -> wanted.contains(key(row))).forEach(restricted.tables.get(table)::add);
        });
        return restricted;
    }

    private static String key(String row) {
        int end = row.indexOf(" | ");
        return end < 0 ? row : row.substring(0, end);
    }

    /** Rows per table, e.g. {@code {officer_postings=212, units=97, ...}}. */
    synchronized Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        tables.forEach((table, rows) -> sizes.put(table, rows.size()));
        return sizes;
    }

    @Override
    public synchronized boolean equals(Object other) {
        return other instanceof RosterTables that && tables.equals(that.snapshot());
    }

    private synchronized Map<String, SortedSet<String>> snapshot() {
        return new TreeMap<>(tables);
    }

    @Override
    public synchronized int hashCode() {
        return tables.hashCode();
    }

    /** Rows per table: what a comparison shows (the rows themselves are in {@link #differencesFrom}). */
    @Override
    public String toString() {
        return sizes().toString();
    }

    /** Each row present on one side only, as {@code "<table>: only here: <row>"} or {@code "only there"}. */
    synchronized List<String> differencesFrom(RosterTables other) {
        Map<String, SortedSet<String>> there = other.snapshot();
        List<String> differences = new java.util.ArrayList<>();
        tables.forEach((table, rows) -> {
            rows.stream()
                    .filter(row -> !there.get(table).contains(row))
                    .forEach(row -> differences.add(table + ": only here: " + row));
            there.get(table).stream()
                    .filter(row -> !rows.contains(row))
                    .forEach(row -> differences.add(table + ": only there: " + row));
        });
        return differences;
    }
}
