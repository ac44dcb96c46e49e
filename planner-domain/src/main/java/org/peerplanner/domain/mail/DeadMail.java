package org.peerplanner.domain.mail;

import java.time.Instant;

/** A message the sender gave up on after its last attempt, for administrators to look at and send again. */
public record DeadMail(long id, String purpose, String recipient, String subject, int attempts, String lastError,
                       Instant queuedAt, Instant lastAttemptAt) {
}
