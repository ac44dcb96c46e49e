package org.peerplanner.domain.outcomes.baseline;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Compares a team's monthly figures before and after it took up peer learning: the relative change of the monthly
 * mean, {@code mean(after) / mean(before) - 1}, with a 95 % percentile bootstrap interval. The bootstrap resamples
 * the months of each side independently, {@link #RESAMPLES} times, from a fixed seed, so the same figures always
 * give the same interval (a page and its export agree, tests can pin it). Why a bootstrap rather than an exact test,
 * and the thresholds, are in docs/metrics.md, "Outcome baseline". Plain Java: tested without Spring.
 */
public final class BeforeAfter {

    /** Fewer months with a figure than this on either side, and the screen says "not enough data yet". */
    public static final int MIN_MONTHS = 6;
    static final int RESAMPLES = 4_000;
    static final long SEED = 20_261_201L;

    private BeforeAfter() {
    }

    public static Comparison compare(BaselineMeasure measure, List<Integer> before, List<Integer> after) {
        double[] b = before.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] a = after.stream().mapToDouble(Integer::doubleValue).toArray();
        double meanBefore = mean(b);
        double meanAfter = mean(a);
        if (b.length < MIN_MONTHS || a.length < MIN_MONTHS) {
            return Comparison.notEnough(measure, b.length, a.length, meanBefore, meanAfter,
                    "Not enough data yet: the comparison needs at least " + MIN_MONTHS + " months with a figure"
                            + " before and after the adoption date (" + b.length + " before, " + a.length
                            + " after so far).");
        }
        if (meanBefore == 0) {
            return Comparison.notEnough(measure, b.length, a.length, meanBefore, meanAfter,
                    "No relative change can be given: the figure was 0 in every month before the adoption date.");
        }
        double[] interval = interval(b, a, RESAMPLES, SEED);
        return new Comparison(measure, b.length, a.length, meanBefore, meanAfter, meanAfter / meanBefore - 1,
                interval[0], interval[1], true, null);
    }

    /** The 2.5th and 97.5th percentiles of the resampled relative changes. */
    static double[] interval(double[] before, double[] after, int resamples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] changes = new double[resamples];
        int kept = 0;
        for (int i = 0; i < resamples; i++) {
            double meanBefore = resampledMean(before, random);
            double meanAfter = resampledMean(after, random);
            if (meanBefore > 0) { // a resample of only zeros has no relative change; it is left out
                changes[kept++] = meanAfter / meanBefore - 1;
            }
        }
        double[] sorted = Arrays.copyOf(changes, kept);
        Arrays.sort(sorted);
        return new double[] {quantile(sorted, 0.025), quantile(sorted, 0.975)};
    }

    /** The p-quantile of sorted values, interpolated linearly between order statistics (Hyndman-Fan type 7, R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    static double mean(double[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
    }

    private static double resampledMean(double[] values, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }
}
