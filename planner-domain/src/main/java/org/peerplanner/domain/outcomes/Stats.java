package org.peerplanner.domain.outcomes;

import java.util.Collection;
import java.util.List;

/**
 * Median and 90th percentile by nearest rank: always a value that really occurred (a day count people can check
 * against their own records), never an interpolation between two gaps.
 */
public final class Stats {

    private Stats() {
    }

    /** The median (the lower middle value of an even count, nearest rank), or null for no values. */
    public static Double median(Collection<? extends Number> values) {
        return percentile(values, 50);
    }

    public static Double p90(Collection<? extends Number> values) {
        return percentile(values, 90);
    }

    /** Nearest rank: the smallest value with at least {@code percent} % of the values at or below it. */
    public static Double percentile(Collection<? extends Number> values, int percent) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(1, rank) - 1);
    }

    /** A share from 0 to 100, or null when there is nothing to share out. */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
