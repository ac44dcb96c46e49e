package org.peerplanner.domain.action;

import java.time.LocalDate;

/** One reminder mail to send: to the item's owner, about one item and its current due date. */
public record Reminder(long itemId, ReminderKind kind, LocalDate dueOn, String ownerName, String ownerEmail,
                       String teamName, String description, String source) {
}
