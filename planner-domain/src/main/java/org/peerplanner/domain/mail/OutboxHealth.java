package org.peerplanner.domain.mail;

import java.time.Instant;

/**
 * What a health check needs of the outbox: how many messages wait, how many are dead, and since when the oldest
 * message that is due and unclaimed has been due ({@code null} when none is), which grows only while no sender works.
 */
public record OutboxHealth(int waiting, int undelivered, Instant oldestDueSince) {
}
