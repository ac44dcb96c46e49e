package org.peerplanner.domain.mail;

import java.util.Locale;

/**
 * One message as it will be sent, already written: who gets it, the subject, the plain text and, for calendar
 * mail, the iMIP part. Any feature hands one to {@link MailOutbox#queue} in the transaction of the change it
 * tells about.
 *
 * @param topic    what the message is about, e.g. "session:42"; the messages of one topic to one recipient go
 *                 out in the order they were queued, so a later update never overtakes an earlier one
 * @param purpose  a few words for administrators, e.g. "Session invitation"
 * @param replyTo  where replies go when not to the sender; may be null
 * @param calendar the text/calendar part; null for plain mail
 */
public record OutgoingMail(String topic, String purpose, Address to, Address replyTo, String subject, String text,
                           CalendarPart calendar) {

    public OutgoingMail {
        require(topic, "topic");
        require(purpose, "purpose");
        require(subject, "subject");
        if (to == null) {
            throw new IllegalArgumentException("A message needs a recipient");
        }
        if (text == null) {
            throw new IllegalArgumentException("A message needs a text, even an empty one");
        }
    }

    /** A plain-text message, e.g. a notification. */
    public static OutgoingMail plain(String topic, String purpose, Address to, String subject, String text) {
        return new OutgoingMail(topic, purpose, to, null, subject, text, null);
    }

    /** The key that keeps one recipient's messages about one topic in order. */
    String streamKey() {
        return topic + " " + to.email().strip().toLowerCase(Locale.ROOT);
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A message needs a " + what);
        }
    }

    /** A mailbox: a display name (may be null) and an address. */
    public record Address(String name, String email) {

        public Address {
            require(email, "recipient address");
            email = email.strip();
        }
    }

    /** An iMIP part (RFC 6047): the calendar object and its METHOD, e.g. REQUEST or CANCEL. */
    public record CalendarPart(String method, String ics) {

        public CalendarPart {
            require(method, "calendar method");
            require(ics, "calendar");
        }
    }
}
