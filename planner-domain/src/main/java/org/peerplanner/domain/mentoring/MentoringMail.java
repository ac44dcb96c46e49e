package org.peerplanner.domain.mentoring;

/**
 * A plain message mentoring wants mailed, published in the transaction of the change it tells about. Mail is the
 * integrations module's business; without a mail server nobody listens and the in-app notification says it all.
 *
 * @param topic keeps one person's messages about one request or mentorship in order, e.g. "mentoring-request:7"
 * @param text  the message without its link
 * @param link  the page of the app it is about, as a path ("/my-mentoring"), or null: the mailer makes it an
 *              absolute address under the planner's public URL, as other mails do
 */
public record MentoringMail(String topic, String toName, String toEmail, String subject, String text, String link) {
}
