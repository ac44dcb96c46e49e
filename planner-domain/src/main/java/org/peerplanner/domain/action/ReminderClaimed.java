package org.peerplanner.domain.action;

/**
 * Published in the transaction that claims a reminder; the mail integration queues the owner's mail in that same
 * transaction, so the claim and the mail are saved together or not at all.
 */
public record ReminderClaimed(Reminder reminder) {
}
