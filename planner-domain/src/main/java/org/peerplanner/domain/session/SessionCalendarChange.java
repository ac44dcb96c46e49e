package org.peerplanner.domain.session;

/**
 * Published inside the transaction when a session's calendar entry must reach people: it was
 * confirmed (first invite), changed after its first confirmation (update), or cancelled after it. A
 * session that was never confirmed is in no one's calendar but the feeds, so its changes publish nothing.
 * The mail integration queues its invites in the mail outbox in this same transaction, just before it
 * commits, so a rolled-back change never mails anyone and a committed one never loses its mail.
 */
public record SessionCalendarChange(long sessionId, Kind kind) {

    public enum Kind { CONFIRMED, UPDATED, CANCELLED }
}
