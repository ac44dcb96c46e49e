package org.peerplanner.domain.help;

/**
 * A plain message about help requests to be mailed, published in the transaction of the change (or of the daily
 * digest). Mail is the integrations module's business; without a mail server nobody listens.
 *
 * @param topic keeps one person's messages about one request in order, e.g. "help-request:7"
 */
public record HelpMail(String topic, String toName, String toEmail, String subject, String text) {
}
