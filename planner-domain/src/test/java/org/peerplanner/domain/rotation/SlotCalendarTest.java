package org.peerplanner.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.team.CadenceRule;
import org.peerplanner.domain.team.SessionSlot;

class SlotCalendarTest {

    private static final SessionSlot WEDNESDAY_NOON = new SessionSlot(DayOfWeek.WEDNESDAY, LocalTime.NOON, 60);
    private final SlotCalendar calendar = new SlotCalendar();

    private static List<LocalDate> dates(List<ScheduledSlot> slots) {
        return slots.stream().map(ScheduledSlot::date).toList();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weeklyTeamMeetsOnItsDayEveryWeekStartingOnTheFromDateItself() {
        SlotSchedule weekly = SlotSchedule.of(Scenario.BERLIN, WEDNESDAY_NOON, CadenceRule.weekly(), null);

        assertThat(dates(calendar.nextSlots(weekly, d("2025-03-05"), 3)))
                .containsExactly(d("2025-03-05"), d("2025-03-12"), d("2025-03-19"));
        assertThat(dates(calendar.nextSlots(weekly, d("2025-03-06"), 2)))
                .containsExactly(d("2025-03-12"), d("2025-03-19"));
    }

    @Test
    void blackoutDaysRangesAndSkippedSlotsAreLeftOutAndStillNSlotsComeBack() {
        SlotSchedule schedule = SlotSchedule.of(Scenario.BERLIN, WEDNESDAY_NOON, CadenceRule.weekly(), null)
                .withBlackouts(List.of(Blackout.day(d("2025-03-12"), "holiday"),
                        new Blackout(d("2025-03-24"), d("2025-03-28"), "release week")))
                .withSkippedDates(Set.of(d("2025-04-02")));

        assertThat(dates(calendar.nextSlots(schedule, d("2025-03-03"), 3)))
                .containsExactly(d("2025-03-05"), d("2025-03-19"), d("2025-04-09"));
        assertThat(calendar.whyOff(schedule, d("2025-03-26"))).isEqualTo("release week");
        assertThat(calendar.whyOff(schedule, d("2025-04-02"))).isEqualTo("skipped");
        assertThat(calendar.whyOff(schedule, d("2025-04-09"))).isNull();
    }

    @Test
    void everyTwoWeeksKeepsTheWeeksOfItsAnchorWhateverDateThePlanStartsFrom() {
        // Anchor in ISO week 2 of 2025: even weeks from it are session weeks.
        SlotSchedule biweekly = SlotSchedule.of(Scenario.BERLIN, WEDNESDAY_NOON, CadenceRule.everyTwoWeeks(),
                d("2025-01-08"));

        assertThat(dates(calendar.nextSlots(biweekly, d("2025-03-01"), 3)))
                .containsExactly(d("2025-03-05"), d("2025-03-19"), d("2025-04-02"));
        assertThat(dates(calendar.nextSlots(biweekly, d("2025-03-06"), 2)))
                .containsExactly(d("2025-03-19"), d("2025-04-02"));
        // An anchor later in the same ISO week (a Sunday) gives the same weeks.
        assertThat(dates(calendar.nextSlots(biweekly.withSkippedDates(Set.of()), d("2025-03-06"), 2)))
                .isEqualTo(dates(calendar.nextSlots(SlotSchedule.of(Scenario.BERLIN, WEDNESDAY_NOON,
                        CadenceRule.everyTwoWeeks(), d("2025-01-12")), d("2025-03-06"), 2)));
    }

    @Test
    void everyTwoWeeksNeedsAnAnchor() {
        SlotSchedule unanchored = SlotSchedule.of(Scenario.BERLIN, WEDNESDAY_NOON, CadenceRule.everyTwoWeeks(), null);

        assertThatThrownBy(() -> calendar.nextSlots(unanchored, d("2025-03-01"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anchor");
    }

    @Test
    void sprintTeamMeetsOnTheFirstSlotDayOfEverySprint() {
        // Three-week sprints starting on Thursday 9 January: first Wednesdays are 15 Jan, 5 Feb, 26 Feb, 19 Mar...
        SlotSchedule sprints = SlotSchedule.of(Scenario.BERLIN, WEDNESDAY_NOON,
                CadenceRule.everySprint(3, d("2025-01-09")), null);

        assertThat(dates(calendar.nextSlots(sprints, d("2025-02-06"), 3)))
                .containsExactly(d("2025-02-26"), d("2025-03-19"), d("2025-04-09"));
        assertThat(dates(calendar.nextSlots(sprints, d("2024-12-20"), 2)))
                .containsExactly(d("2024-12-25"), d("2025-01-15"));
    }

    @Test
    void incompleteSprintCadenceIsRefused() {
        SlotSchedule incomplete = SlotSchedule.of(Scenario.BERLIN, WEDNESDAY_NOON, CadenceRule.everySprint(null, null),
                null);

        assertThatThrownBy(() -> calendar.nextSlots(incomplete, d("2025-03-01"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sprint length");
    }

    @Test
    void startsKeepTheLocalTimeAcrossTheDaylightSavingChange() {
        SlotSchedule weekly = SlotSchedule.of(Scenario.BERLIN, WEDNESDAY_NOON, CadenceRule.weekly(), null);

        List<ScheduledSlot> slots = calendar.nextSlots(weekly, d("2025-03-26"), 2);

        assertThat(slots.get(0).start().toLocalTime()).isEqualTo(LocalTime.NOON);
        assertThat(slots.get(0).start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(slots.get(1).start().toLocalTime()).isEqualTo(LocalTime.NOON);
        assertThat(slots.get(1).start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(slots.get(1).start().toInstant().toString()).isEqualTo("2025-04-02T10:00:00Z");
        assertThat(slots.get(1).end().toLocalTime()).isEqualTo(LocalTime.of(13, 0));
    }

    @Test
    void aStartInsideTheSpringForwardGapMovesForwardByTheGap() {
        SlotSchedule night = SlotSchedule.of(Scenario.BERLIN, new SessionSlot(DayOfWeek.SUNDAY, LocalTime.of(2, 30), 30),
                CadenceRule.weekly(), null);

        ScheduledSlot slot = calendar.nextSlots(night, d("2025-03-30"), 1).get(0);

        assertThat(slot.start().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(slot.start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void aCalendarFullyBlackedOutStopsInsteadOfLoopingForever() {
        SlotSchedule closed = SlotSchedule.of(Scenario.BERLIN, WEDNESDAY_NOON, CadenceRule.weekly(), null)
                .withBlackouts(List.of(new Blackout(d("2025-01-01"), d("2100-01-01"), "closed")));

        assertThat(calendar.nextSlots(closed, d("2025-03-01"), 5)).isEmpty();
    }
}
