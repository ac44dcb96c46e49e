package org.peerplanner.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.outcomes.Histories.d;
import static org.peerplanner.domain.outcomes.Histories.scope;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapTimesTest {

    private final TeamScope halfYear = scope("2026-01", "2026-06", List.of());

    @Test
    void medianAndP90PerMonthOfLogging() {
        var gaps = List.of(
                new GapTrace(d("2026-01-05"), d("2026-01-20"), d("2026-02-15"), false), // 41 days to close
                new GapTrace(d("2026-01-10"), null, d("2026-01-20"), false),              // 10, addressed = closed
                new GapTrace(d("2026-01-12"), d("2026-01-15"), null, false),              // addressed only
                new GapTrace(d("2026-05-01"), d("2026-05-10"), d("2026-05-24"), false),   // 23 days
                new GapTrace(d("2026-05-02"), null, null, true));

        SectionFigures figures = GapTimes.measure(gaps, halfYear);

        MetricSeries close = figures.series("gaps-close");
        assertThat(close.line("Median").values()).containsExactly(10.0, null, null, null, 23.0, null);
        assertThat(close.line("90th percentile").values()).containsExactly(41.0, null, null, null, 23.0, null);
        assertThat(figures.series("gaps-address").line("Median").values().getFirst()).isEqualTo(10.0);
        assertThat(close.reading()).isEqualTo("Median time to close rose from 10 to 23 days.");
        assertThat(figures.series("gaps-logged").line("Logged").values()).containsExactly(3.0, 0.0, 0.0, 0.0, 2.0, 0.0);
    }

    @Test
    void shareClosedWithinTargetCountsOnlyGapsWhoseTargetHasPassedOrThatClosed() {
        var gaps = List.of(
                new GapTrace(d("2026-01-05"), null, d("2026-02-15"), false), // 41 days: in time
                new GapTrace(d("2026-01-10"), null, d("2026-04-10"), false), // 90 days: late
                new GapTrace(d("2026-02-01"), null, null, true),             // past target, still open: late
                new GapTrace(d("2026-06-20"), null, null, true));            // target not reached yet: not counted

        var facts = GapTimes.measure(gaps, halfYear).facts();

        assertThat(facts).contains(new Fact("Closed within 60 days", "33 % (1 of 3)"));
    }

    @Test
    void openGapsByAgeAndTheQuietFlag() {
        var gaps = List.of(new GapTrace(d("2026-06-20"), null, null, true), new GapTrace(d("2025-10-01"), null, null, true),
                new GapTrace(d("2026-01-01"), null, d("2026-03-01"), false));

        SectionFigures figures = GapTimes.measure(gaps, halfYear);

        assertThat(figures.series("gaps-open-age").line("Open gaps").values()).containsExactly(1.0, 0.0, 0.0, 0.0, 1.0);
        assertThat(figures.flags()).containsExactly(TeamFlag.NO_GAP_CLOSED_IN_90_DAYS);
        assertThat(GapTimes.measure(List.of(new GapTrace(d("2026-05-01"), null, d("2026-06-01"), false)), halfYear).flags())
                .isEmpty();
    }

    @Test
    void anEmptyHistorySaysThereIsNothingYet() {
        SectionFigures figures = GapTimes.measure(List.of(), halfYear);

        assertThat(figures.series("gaps-close").hasData()).isFalse();
        assertThat(figures.series("gaps-close").reading()).isEqualTo("No gap logged in this period has closed yet.");
        assertThat(figures.facts()).contains(new Fact("Closed within 60 days", "no data yet"));
        assertThat(figures.flags()).containsExactly(TeamFlag.NO_GAP_CLOSED_IN_90_DAYS);
    }

    @Test
    void daysAcrossTheSpringClockChangeCountTheTeamsLocalDays() {
        // Closed at 00:30 Berlin time on 31 March, the night after the clocks went forward: still 31 March locally.
        Instant closedAt = Instant.parse("2026-03-30T22:30:00Z");
        var gap = new GapTrace(d("2026-03-20"), null, halfYear.localDate(closedAt), false);

        assertThat(gap.closedOn()).isEqualTo(d("2026-03-31"));
        assertThat(GapTimes.measure(List.of(gap), halfYear).series("gaps-close").line("Median").values().get(2))
                .isEqualTo(11.0);
    }

    @Test
    void readingsUseTheFirstAndLastMonthWithData() {
        assertThat(Readings.trend("x", Arrays.asList(5.0), "days", "-")).isEqualTo("x was 5 days (one month of data).");
    }
}
