package org.peerplanner.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.outcomes.Histories.d;
import static org.peerplanner.domain.outcomes.Histories.scope;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowThroughTest {

    @Test
    void doneByDueDateMedianDaysAndCarriedOver() {
        var items = List.of(
                new ItemTrace(1, d("2026-01-05"), d("2026-01-20"), d("2026-01-19"), false, 1), // in time, 14 days
                new ItemTrace(1, d("2026-01-06"), d("2026-01-25"), d("2026-02-10"), false, 3), // late, 35 days
                new ItemTrace(2, d("2026-01-07"), d("2026-01-30"), null, true, 2),              // dropped: left out
                new ItemTrace(2, d("2026-05-01"), d("2026-05-15"), null, false, 2),             // overdue, open
                new ItemTrace(2, d("2026-06-20"), d("2026-07-15"), null, false, 0));            // not due yet

        SectionFigures figures = FollowThrough.measure(items, scope("2026-01", "2026-06", List.of()));

        assertThat(figures.series("follow-in-time").line("Done by due date").values())
                .containsExactly(50.0, null, null, null, 0.0, null);
        assertThat(figures.series("follow-days").line("Median").values().getFirst()).isEqualTo(14.0);
        assertThat(figures.facts()).contains(new Fact("Done by their due date", "33 % (1 of 3)"),
                new Fact("Carried over 2 times or more", "3"));
        assertThat(figures.personal().get(1L)).containsExactly(new Fact("Your items done by their due date", "50 % (1 of 2)"));
        assertThat(figures.personal().get(2L)).containsExactly(new Fact("Your items done by their due date", "0 % (0 of 1)"));
    }

    @Test
    void anEmptyHistory() {
        var figures = FollowThrough.measure(List.of(), scope("2026-01", "2026-06", List.of()));
        assertThat(figures.facts()).contains(new Fact("Done by their due date", "no data yet"), new Fact("Median days to done", "–"));
        assertThat(figures.series("follow-in-time").reading()).isEqualTo("No action item fell due in this period yet.");
    }
}
