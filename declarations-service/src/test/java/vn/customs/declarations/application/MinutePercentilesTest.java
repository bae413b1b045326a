package vn.customs.declarations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles from a frequency table equal percentile_cont over the values one by one. */
class MinutePercentilesTest {

    @Test
    void aFrequencyTableGivesTheSamePercentilesAsTheValues() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            int[] counts = new int[1 + random.nextInt(40)];
            List<Long> values = new ArrayList<>();
            List<MinutePercentiles.Frequency> table = new ArrayList<>();
            for (int minutes = 0; minutes < counts.length; minutes++) {
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    values.add((long) minutes);
                }
                if (count > 0) {
                    table.add(new MinutePercentiles.Frequency(minutes, count));
                }
            }
            for (double p : new double[] {0.0, 0.5, 0.9, 1.0}) {
                assertEquals(percentileCont(values, p), MinutePercentiles.of(table, p), "round " + round + " p" + p);
            }
        }
    }

    @Test
    void noValuesNoPercentile() {
        assertNull(MinutePercentiles.of(List.of(), 0.5));
    }

    @Test
    void betweenTwoValuesItInterpolates() {
        // 3 and 10 minutes: the median is half-way
        assertEquals(
                6.5,
                MinutePercentiles.of(
                        List.of(new MinutePercentiles.Frequency(3, 1), new MinutePercentiles.Frequency(10, 1)), 0.5));
    }

    /** PostgreSQL's percentile_cont, value by value. */
    private static Double percentileCont(List<Long> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        double rank = p * (values.size() - 1);
        long lower = values.get((int) Math.floor(rank));
        long upper = values.get((int) Math.ceil(rank));
        return lower + (upper - lower) * (rank - Math.floor(rank));
    }
}
