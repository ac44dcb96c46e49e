package org.peerplanner.domain.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who gets mail on which day, with the day fixed by an injected clock. */
class ReminderSelectionTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    private static Clock on(LocalDate day, int hour, ZoneId zone) {
        return Clock.fixed(ZonedDateTime.of(day.atTime(hour, 0), zone).toInstant(), ZoneId.of("UTC"));
    }

    private static ReminderCandidate item(long id, ActionItemStatus status, boolean ownerInTeam, LocalDate due) {
        return new ReminderCandidate(id, status, ownerInTeam, due, BERLIN, "Aisha", "aisha@example.com", "Payments",
                "Write the runbook", "Lunch & learn: Kafka");
    }

    private static List<Reminder> select(Clock clock, Set<ReminderSelection.Sent> sent, ReminderCandidate... items) {
        return ReminderSelection.select(List.of(items), sent, clock, 3);
    }

    @Test
    void nothingMoreThanThreeDaysBeforeTheDueDate() {
        assertThat(select(on(DUE.minusDays(4), 12, BERLIN), Set.of(), item(1, ActionItemStatus.OPEN, true, DUE))).isEmpty();
    }

    @Test
    void aReminderFromThreeDaysBeforeUpToTheDueDateItself() {
        for (int daysBefore = 3; daysBefore >= 0; daysBefore--) {
            assertThat(select(on(DUE.minusDays(daysBefore), 7, BERLIN), Set.of(), item(1, ActionItemStatus.OPEN, true, DUE)))
                    .singleElement().satisfies(r -> {
                        assertThat(r.kind()).isEqualTo(ReminderKind.BEFORE_DUE);
                        assertThat(r.ownerEmail()).isEqualTo("aisha@example.com");
                        assertThat(r.dueOn()).isEqualTo(DUE);
                    });
        }
    }

    @Test
    void anOverdueReminderOnceTheDueDateHasPassed() {
        assertThat(select(on(DUE.plusDays(1), 7, BERLIN), Set.of(), item(1, ActionItemStatus.OPEN, true, DUE)))
                .extracting(Reminder::kind).containsExactly(ReminderKind.OVERDUE);
        assertThat(select(on(DUE.plusDays(30), 7, BERLIN), Set.of(), item(1, ActionItemStatus.OPEN, true, DUE)))
                .as("a job that was down still sends it later").extracting(Reminder::kind)
                .containsExactly(ReminderKind.OVERDUE);
    }

    @Test
    void eachReminderGoesOutOncePerDueDate() {
        var sentBefore = Set.of(new ReminderSelection.Sent(1, ReminderKind.BEFORE_DUE, DUE));
        assertThat(select(on(DUE.minusDays(1), 7, BERLIN), sentBefore, item(1, ActionItemStatus.OPEN, true, DUE))).isEmpty();
        assertThat(select(on(DUE.plusDays(1), 7, BERLIN), sentBefore, item(1, ActionItemStatus.OPEN, true, DUE)))
                .extracting(Reminder::kind).containsExactly(ReminderKind.OVERDUE);
        var sentBoth = Set.of(new ReminderSelection.Sent(1, ReminderKind.BEFORE_DUE, DUE),
                new ReminderSelection.Sent(1, ReminderKind.OVERDUE, DUE));
        assertThat(select(on(DUE.plusDays(2), 7, BERLIN), sentBoth, item(1, ActionItemStatus.OPEN, true, DUE))).isEmpty();

        LocalDate moved = DUE.plusDays(7);
        assertThat(select(on(moved.minusDays(2), 7, BERLIN), sentBoth, item(1, ActionItemStatus.OPEN, true, moved)))
                .as("a new due date arms the reminders again").extracting(Reminder::kind)
                .containsExactly(ReminderKind.BEFORE_DUE);
    }

    @Test
    void closedItemsAndOwnersWhoLeftTheTeamGetNothing() {
        var clock = on(DUE.plusDays(1), 7, BERLIN);
        assertThat(select(clock, Set.of(), item(1, ActionItemStatus.DONE, true, DUE),
                item(2, ActionItemStatus.DROPPED, true, DUE), item(3, ActionItemStatus.OPEN, false, DUE),
                item(4, ActionItemStatus.OPEN, true, DUE))).extracting(Reminder::itemId).containsExactly(4L);
    }

    @Test
    void theDayIsTheTeamsDayNotTheServers() {
        // 23:30 UTC on the due date is already the next day in Berlin: the item is overdue there.
        var lateUtc = Clock.fixed(DUE.atTime(23, 30).toInstant(java.time.ZoneOffset.UTC), ZoneId.of("UTC"));
        assertThat(select(lateUtc, Set.of(), item(1, ActionItemStatus.OPEN, true, DUE)))
                .extracting(Reminder::kind).containsExactly(ReminderKind.OVERDUE);
        var la = new ReminderCandidate(2, ActionItemStatus.OPEN, true, DUE, ZoneId.of("America/Los_Angeles"), "Sam",
                "sam@example.com", "Mobile", "Ship it", "Deep dive");
        assertThat(ReminderSelection.select(List.of(la), Set.of(), lateUtc, 3)).extracting(Reminder::kind)
                .as("still the due date in Los Angeles").containsExactly(ReminderKind.BEFORE_DUE);
    }
}
