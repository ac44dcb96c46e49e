package org.peerplanner.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianAndP90AreValuesThatOccurred() {
        List<Integer> days = List.of(3, 41, 5, 8, 13, 21, 1, 2, 34, 55);
        assertThat(Stats.median(days)).isEqualTo(8.0);
        assertThat(Stats.p90(days)).isEqualTo(41.0);
    }

    @Test
    void oneValueIsItsOwnMedianAndP90() {
        assertThat(Stats.median(List.of(17))).isEqualTo(17.0);
        assertThat(Stats.p90(List.of(17))).isEqualTo(17.0);
    }

    @Test
    void noValuesHaveNoMedian() {
        assertThat(Stats.median(List.of())).isNull();
        assertThat(Stats.percent(0, 0)).isNull();
    }

    @Test
    void readingsSayWhichWayATrendWent() {
        assertThat(Readings.trend("Median time to close", java.util.Arrays.asList(null, 41.0, 30.0, null, 23.0), "days", "-"))
                .isEqualTo("Median time to close fell from 41 to 23 days.");
        assertThat(Readings.trend("Share", java.util.Arrays.asList(10.0, 12.5), "%", "-")).isEqualTo("Share rose from 10 to 12.5 %.");
        assertThat(Readings.trend("Share", java.util.Arrays.asList(null, null), "%", "nothing")).isEqualTo("nothing");
    }
}
