package org.peerplanner.domain.mail;

/** Published when a message is queued; after the commit a sender may start on it at once instead of polling. */
public record MailQueued(long id) {
}
