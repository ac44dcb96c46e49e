package org.peerplanner.domain.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who gets which reminder today. An open item whose owner is still in the team gets one reminder from
 * {@code daysBefore} days before its due date up to the due date itself, and one once the due date has passed
 * (the day after, or the next run after that). Each goes out once per due date: {@code sent} holds those that
 * went out, and moving the due date arms both again. Closed items and owners who left the team get nothing.
 * "Today" is the day in the team's time zone.
 */
public final class ReminderSelection {

    /** A reminder that went out: the item, the kind and the due date it was about. */
    public record Sent(long itemId, ReminderKind kind, LocalDate dueOn) {
    }

    private ReminderSelection() {
    }

    public static List<Reminder> select(Collection<ReminderCandidate> candidates, Set<Sent> sent, Clock clock,
                                        int daysBefore) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("daysBefore must not be negative: " + daysBefore);
        }
        List<Reminder> due = new ArrayList<>();
        for (ReminderCandidate c : candidates) {
            if (c.status() != ActionItemStatus.OPEN || !c.ownerInTeam()) {
                continue;
            }
            LocalDate today = LocalDate.now(clock.withZone(c.teamZone()));
            ReminderKind kind = today.isAfter(c.dueOn()) ? ReminderKind.OVERDUE
                    : !today.isBefore(c.dueOn().minusDays(daysBefore)) ? ReminderKind.BEFORE_DUE : null;
            if (kind != null && !sent.contains(new Sent(c.itemId(), kind, c.dueOn()))) {
                due.add(c.as(kind));
            }
        }
        return due;
    }
}
