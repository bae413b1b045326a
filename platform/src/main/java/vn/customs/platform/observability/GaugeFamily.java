package vn.customs.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gauges of one name, one per tag set, whose values a periodic query replaces together ({@code
 * customs_declarations_lodged{gate="HUU_NGHI"}}). A tag set that the latest reading no longer names keeps its gauge and
 * reads the family's absent value (0 for counts, NaN for a share with nothing to share), so that a graph drops to zero
 * instead of ending and no series appears or disappears between scrapes.
 */
public final class GaugeFamily {

    /** A gauge's current value; Micrometer reads it at each scrape. */
    private static final class Cell {
        private volatile double value;
    }

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final List<String> tagKeys;
    private final double absent;
    private final Map<List<String>, Cell> cells = new ConcurrentHashMap<>();

    private GaugeFamily(MeterRegistry registry, String name, String description, List<String> tagKeys, double absent) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.tagKeys = tagKeys;
        this.absent = absent;
    }

    /** A family of counts: an absent tag set reads 0. {@code name} in Micrometer's dotted form. */
    public static GaugeFamily counts(MeterRegistry registry, String name, String description, String... tagKeys) {
        return new GaugeFamily(registry, name, description, List.of(tagKeys), 0);
    }

    /** A family of shares or ratios: an absent tag set (nothing to divide) reads NaN, which graphs leave blank. */
    public static GaugeFamily shares(MeterRegistry registry, String name, String description, String... tagKeys) {
        return new GaugeFamily(registry, name, description, List.of(tagKeys), Double.NaN);
    }

    /** Registers the tag sets that must exist before any reading (every enum value, say), at the absent value. */
    public GaugeFamily withTagSets(List<List<String>> tagSets) {
        tagSets.forEach(this::cell);
        return this;
    }

    /**
     * Replaces every value at once: the readings by tag values (in the order of the family's tag keys); a null value
     * or a tag set not named reads the absent value.
     */
    public void replace(Map<List<String>, ? extends Number> readings) {
        readings.forEach((tagValues, value) -> cell(tagValues).value = value == null ? absent : value.doubleValue());
        cells.forEach((tagValues, cell) -> {
            if (!readings.containsKey(tagValues)) {
                cell.value = absent;
            }
        });
    }

    private Cell cell(List<String> tagValues) {
        if (tagValues.size() != tagKeys.size()) {
            throw new IllegalArgumentException(name + " has tags " + tagKeys + ", got values " + tagValues);
        }
        return cells.computeIfAbsent(List.copyOf(tagValues), values -> {
            Cell cell = new Cell();
            cell.value = absent;
            Tags tags = Tags.empty();
            for (int i = 0; i < tagKeys.size(); i++) {
                tags = tags.and(tagKeys.get(i), values.get(i));
            }
            Gauge.builder(name, cell, c -> c.value)
                    .description(description)
                    .tags(tags)
                    // the family holds its cells; a weak reference would let a gauge read NaN after a collection
                    .strongReference(true)
                    .register(registry);
            return cell;
        });
    }
}
