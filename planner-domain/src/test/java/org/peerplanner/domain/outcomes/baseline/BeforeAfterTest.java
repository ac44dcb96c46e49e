package org.peerplanner.domain.outcomes.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BeforeAfterTest {

    @Test
    void quantileInterpolatesLikeRsDefault() {
        // R: quantile(1:5, c(0.025, 0.5, 0.975), type = 7) gives 1.1, 3, 4.9
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(BeforeAfter.quantile(sorted, 0.025)).isCloseTo(1.1, within(1e-12));
        assertThat(BeforeAfter.quantile(sorted, 0.5)).isCloseTo(3.0, within(1e-12));
        assertThat(BeforeAfter.quantile(sorted, 0.975)).isCloseTo(4.9, within(1e-12));
    }

    @Test
    void theChangeIsTheRatioOfMonthlyMeansLessOne() {
        // before: mean 24 (six months), after: mean 18 -> 18 / 24 - 1 = -25 %
        var c = BeforeAfter.compare(BaselineMeasure.ONBOARDING, List.of(20, 28, 24, 22, 26, 24),
                List.of(18, 16, 20, 18, 17, 19));
        assertThat(c.enough()).isTrue();
        assertThat(c.meanBefore()).isEqualTo(24.0);
        assertThat(c.meanAfter()).isEqualTo(18.0);
        assertThat(c.change()).isCloseTo(-0.25, within(1e-12));
        assertThat(c.low()).isLessThan(c.change());
        assertThat(c.high()).isGreaterThan(c.change()).isLessThan(0);
        assertThat(c.clearlyLower()).isTrue();
        assertThat(c.reading()).startsWith("Onboarding time fell by 25 %, from 24.0 to 18.0 days on average"
                + " (6 months before, 6 after); 95 % interval");
    }

    @Test
    void constantFiguresHaveAnIntervalOfOnePoint() {
        var c = BeforeAfter.compare(BaselineMeasure.BUG_REPORTS, Collections.nCopies(8, 10), Collections.nCopies(7, 9));
        assertThat(c.change()).isCloseTo(-0.10, within(1e-12));
        assertThat(c.low()).isCloseTo(-0.10, within(1e-12));
        assertThat(c.high()).isCloseTo(-0.10, within(1e-12));
    }

    @Test
    void theIntervalIsTheSameOnEveryRun() {
        List<Integer> before = List.of(12, 9, 15, 11, 10, 14, 13, 8);
        List<Integer> after = List.of(11, 10, 12, 9, 13, 10, 12);
        var first = BeforeAfter.compare(BaselineMeasure.BUG_REPORTS, before, after);
        var second = BeforeAfter.compare(BaselineMeasure.BUG_REPORTS, before, after);
        assertThat(first).isEqualTo(second);
        assertThat(first.clearlyLower()).isFalse();
        assertThat(first.reading()).startsWith("Bug reports shows no clear change");
    }

    /**
     * On many months the bootstrap interval must agree with the large-sample (delta method) interval for a ratio of
     * two independent means, computed here by hand: change r = mA/mB - 1,
     * se = (mA/mB) * sqrt(vA/(nA mA^2) + vB/(nB mB^2)) with the plug-in variances (divide by n), as the bootstrap
     * uses; interval r -/+ 1.96 se.
     */
    @Test
    void agreesWithTheLargeSampleIntervalOnManyMonths() {
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        IntStream.range(0, 200).forEach(i -> before.add(40 + (i * 37 % 21) - 10)); // 30..50, mean near 40
        IntStream.range(0, 200).forEach(i -> after.add(34 + (i * 53 % 17) - 8));   // 26..42, mean near 34
        double mB = before.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double mA = after.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double vB = before.stream().mapToDouble(x -> (x - mB) * (x - mB)).sum() / before.size();
        double vA = after.stream().mapToDouble(x -> (x - mA) * (x - mA)).sum() / after.size();
        double r = mA / mB - 1;
        double se = (mA / mB) * Math.sqrt(vA / (after.size() * mA * mA) + vB / (before.size() * mB * mB));
        var c = BeforeAfter.compare(BaselineMeasure.ONBOARDING, before, after);
        assertThat(c.change()).isCloseTo(r, within(1e-12));
        assertThat(c.low()).isCloseTo(r - 1.96 * se, within(0.004));
        assertThat(c.high()).isCloseTo(r + 1.96 * se, within(0.004));
    }

    @Test
    void saysNotEnoughDataBelowSixMonthsOnASide() {
        var c = BeforeAfter.compare(BaselineMeasure.ONBOARDING, List.of(1, 2, 3, 4, 5), List.of(1, 2, 3, 4, 5, 6));
        assertThat(c.enough()).isFalse();
        assertThat(c.reading()).isEqualTo("Onboarding time: Not enough data yet: the comparison needs at least 6 months"
                + " with a figure before and after the adoption date (5 before, 6 after so far).");
    }

    @Test
    void noRelativeChangeFromZero() {
        var c = BeforeAfter.compare(BaselineMeasure.BUG_REPORTS, Collections.nCopies(6, 0), Collections.nCopies(6, 1));
        assertThat(c.enough()).isFalse();
        assertThat(c.notEnoughReason()).contains("0 in every month before");
    }

    @Test
    void percentagesCarryTheirSign() {
        assertThat(Comparison.percent(-0.184)).isEqualTo("\u221218 %");
        assertThat(Comparison.percent(0.05)).isEqualTo("+5 %");
        assertThat(Comparison.percent(0.001)).isEqualTo("0 %");
    }
}
