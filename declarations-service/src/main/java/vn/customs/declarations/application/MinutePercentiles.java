package vn.customs.declarations.application;

import java.util.List;

/**
 * Percentiles of whole minutes from a frequency table, computed as PostgreSQL's {@code percentile_cont} computes them
 * from the values one by one: the value at rank {@code p × (n − 1)}, interpolated linearly between its two
 * neighbours. Exact without reading the values themselves.
 */
final class MinutePercentiles {

    /** How many values are {@code minutes}. */
    record Frequency(long minutes, long count) {}

    private MinutePercentiles() {}

    /** The continuous percentile {@code p} (0..1) of the values counted in {@code frequencies}, ascending by minutes. */
    static Double of(List<Frequency> frequencies, double p) {
        long total = frequencies.stream().mapToLong(Frequency::count).sum();
        if (total == 0) {
            return null;
        }
        double rank = p * (total - 1);
        long below = (long) Math.floor(rank);
        long above = (long) Math.ceil(rank);
        double lower = valueAt(frequencies, below);
        double upper = valueAt(frequencies, above);
        return lower + (upper - lower) * (rank - below);
    }

    /** The value at 0-based {@code rank} in ascending order. */
    private static double valueAt(List<Frequency> frequencies, long rank) {
        long seen = 0;
        for (Frequency frequency : frequencies) {
            seen += frequency.count();
            if (rank < seen) {
                return frequency.minutes();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " values");
    }
}
