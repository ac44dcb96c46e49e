package org.peerplanner.domain.help;

/**
 * A plain message about help requests to be mailed, published in the transaction of the change (or of the daily
 * digest). Mail is the integrations module's business; without a mail server nobody listens.
 *
 * @param topic keeps one person's messages about one request in order, e.g. "help-request:7"
 * @param text  links to the app's pages are written {@link #APP} followed by the path, e.g. {@code APP + "/help/7"}
 */
public record HelpMail(String topic, String toName, String toEmail, String subject, String text) {

    /**
     * Stands for the planner's public address in {@link #text}: a mail is read outside the app, so its links must be
     * absolute, and only the mailer knows the address people reach the planner at.
     */
    public static final String APP = "{planner}";

    /** A page of the app as a mail writes it, e.g. {@code link("help/7")} is {@code "{planner}/help/7"}. */
    static String link(String path) {
        return APP + "/" + path;
    }
}
