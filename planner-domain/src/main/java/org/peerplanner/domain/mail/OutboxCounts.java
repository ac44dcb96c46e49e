package org.peerplanner.domain.mail;

/** What the outbox holds: messages still to be sent (some waiting for their next attempt) and dead ones. */
public record OutboxCounts(int waiting, int undelivered) {
}
