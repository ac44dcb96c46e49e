package org.peerplanner.domain.mail;

/**
 * Published when a message is queued (or dead ones are given new attempts, then with id 0); after the commit a
 * sender may start on it at once instead of waiting for its next poll.
 */
public record MailQueued(long id) {
}
