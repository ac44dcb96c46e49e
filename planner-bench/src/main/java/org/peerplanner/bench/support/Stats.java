package org.peerplanner.bench.support;

import java.util.Arrays;
import java.util.Collection;

/**
 * Order statistics of measured values (milliseconds, microseconds, requests/s: any unit). Percentiles are the
 * nearest-rank value of the sorted sample (p50 of an even count is the upper middle one), so every figure printed
 * is one that was measured.
 */
public record Stats(long[] sorted) {

    public Stats {
        sorted = sorted.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            throw new IllegalArgumentException("nothing was measured");
        }
    }

    public static Stats of(long... values) {
        return new Stats(values);
    }

    public static Stats of(Collection<Long> values) {
        return new Stats(values.stream().mapToLong(Long::longValue).toArray());
    }

    public long median() {
        return percentile(50);
    }

    public long p90() {
        return percentile(90);
    }

    public long p95() {
        return percentile(95);
    }

    public long p99() {
        return percentile(99);
    }

    public long min() {
        return sorted[0];
    }

    public long max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }

    /** Nearest rank: the value at or below which {@code percent}% of the sample lies. */
    public long percentile(double percent) {
        if (percent <= 0) {
            return min();
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return percent == 50 ? sorted[sorted.length / 2] : sorted[Math.min(sorted.length, Math.max(rank, 1)) - 1];
    }

    /** {@code part / whole}, e.g. the app's rate over nginx's; 0 when the whole is 0. */
    public static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
