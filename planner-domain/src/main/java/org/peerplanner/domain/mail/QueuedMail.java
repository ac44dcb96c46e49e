package org.peerplanner.domain.mail;

/**
 * A message a sender has claimed: it sends it and then reports {@link MailOutbox#sent} or {@link MailOutbox#failed}
 * with the claim's token.
 *
 * @param messageId the Message-ID header, the same on every attempt
 * @param attempts  how many attempts failed before this one
 */
public record QueuedMail(long id, String messageId, String claimToken, OutgoingMail mail, int attempts) {
}
