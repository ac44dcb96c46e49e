package org.peerplanner.domain.thanks;

/**
 * A thank-you to mail to its receiver, published in the give's transaction. Mail is the integrations module's
 * business; without a mail server nobody listens and the in-app notification tells it all.
 *
 * @param topic keeps one person's messages about one thank-you in order, e.g. "thank-you:7"
 */
public record ThanksMail(String topic, String toName, String toEmail, String subject, String text) {
}
