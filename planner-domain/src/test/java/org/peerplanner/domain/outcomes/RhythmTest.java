package org.peerplanner.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.outcomes.Histories.d;
import static org.peerplanner.domain.outcomes.Histories.scope;
import static org.peerplanner.domain.outcomes.Histories.weeklyThursdays;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.team.Blackout;

class RhythmTest {

    @Test
    void heldPerSlotWithBlackoutsLeftOutAcrossTheClockChange() {
        // March 2026 has Thursdays 5, 12, 19 and 26 (the clocks go forward on the 29th); Easter week is blacked out.
        var schedule = weeklyThursdays(new Blackout(d("2026-04-01"), d("2026-04-10"), "Easter"));
        var scope = scope("2026-03", "2026-04", List.of(), schedule);
        var sessions = List.of(SessionTrace.held(d("2026-03-05"), 1L, null), SessionTrace.held(d("2026-03-12"), 2L, null),
                SessionTrace.cancelled(d("2026-03-19"), "release week"), SessionTrace.held(d("2026-04-16"), 1L, null));

        SectionFigures figures = Rhythm.measure(sessions, Histories.slotDays(scope), scope);

        MetricSeries held = figures.series("rhythm-held");
        assertThat(held.line("Slots").values()).containsExactly(4.0, 3.0);
        assertThat(held.line("Held").values()).containsExactly(2.0, 1.0);
        assertThat(held.line("Cancelled").values()).containsExactly(1.0, 0.0);
        assertThat(figures.series("rhythm-share").line("Held ÷ slots").values()).containsExactly(50.0, 100.0 / 3);
        assertThat(figures.series("rhythm-cancel-reasons").labels()).containsExactly("Release week");
        assertThat(figures.flags()).containsExactly(TeamFlag.CADENCE_BELOW_HALF);
        assertThat(figures.facts()).contains(new Fact("Held ÷ slots", "43 % (3 of 7)"));
    }

    @Test
    void slotsAfterTodayDoNotCount() {
        var scope = scope("2026-06", "2026-07", List.of());
        var figures = Rhythm.measure(List.of(SessionTrace.held(d("2026-06-04"), 1L, null),
                SessionTrace.held(d("2026-06-11"), 1L, null), SessionTrace.held(d("2026-06-18"), 1L, null)),
                Histories.slotDays(scope), scope);

        // Thursdays 4, 11, 18, 25 June are past on 30 June; July is still to come.
        assertThat(figures.series("rhythm-held").line("Slots").values()).containsExactly(4.0, null);
        assertThat(figures.flags()).isEmpty();
    }

    @Test
    void reasonsAreCountedMostCommonFirst() {
        var scope = scope("2026-01", "2026-06", List.of());
        var figures = Rhythm.measure(List.of(SessionTrace.cancelled(d("2026-01-08"), "Release week"),
                SessionTrace.cancelled(d("2026-02-05"), "release week"), SessionTrace.cancelled(d("2026-03-05"), null),
                SessionTrace.cancelled(d("2026-04-02"), "Offsite")), Histories.slotDays(scope), scope);

        MetricSeries reasons = figures.series("rhythm-cancel-reasons");
        assertThat(reasons.labels()).containsExactly("Release week", "No reason given", "Offsite");
        assertThat(reasons.reading()).isEqualTo("Most common reason for cancelling: Release week (2).");
    }

    @Test
    void anEmptyHistoryIsBelowHalfOnlyWhenThereWereSlots() {
        var half = scope("2026-01", "2026-06", List.of());
        var figures = Rhythm.measure(List.of(), Histories.slotDays(half), half);
        assertThat(figures.flags()).containsExactly(TeamFlag.CADENCE_BELOW_HALF);
        var later = scope("2026-08", "2026-09", List.of());
        var future = Rhythm.measure(List.of(), Histories.slotDays(later), later);
        assertThat(future.flags()).isEmpty();
        assertThat(future.series("rhythm-held").reading()).startsWith("No session held and no slot");
    }

    @Test
    void anExtraSessionDoesNotMakeUpForAMissedSlotInAnotherMonth() {
        var scope = scope("2026-03", "2026-04", List.of());
        var sessions = List.of(SessionTrace.held(d("2026-03-05"), 1L, null), SessionTrace.held(d("2026-03-06"), 1L, null),
                SessionTrace.held(d("2026-03-12"), 1L, null), SessionTrace.held(d("2026-03-19"), 1L, null),
                SessionTrace.held(d("2026-03-26"), 1L, null), SessionTrace.held(d("2026-04-02"), 1L, null));

        var figures = Rhythm.measure(sessions, Histories.slotDays(scope), scope);

        assertThat(figures.series("rhythm-share").line("Held ÷ slots").values()).containsExactly(100.0, 20.0);
        assertThat(figures.series("rhythm-held").line("Held").values()).containsExactly(5.0, 1.0);
        assertThat(figures.facts()).contains(new Fact("Held ÷ slots", "56 % (5 of 9)"));
    }
}
