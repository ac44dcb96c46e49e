package org.peerplanner.domain.action;

import java.time.LocalDate;
import java.time.ZoneId;

/** An item as reminder selection sees it. */
public record ReminderCandidate(long itemId, ActionItemStatus status, boolean ownerInTeam, LocalDate dueOn,
                                ZoneId teamZone, String ownerName, String ownerEmail, String teamName,
                                String description, String source) {

    Reminder as(ReminderKind kind) {
        return new Reminder(itemId, kind, dueOn, ownerName, ownerEmail, teamName, description, source);
    }
}
