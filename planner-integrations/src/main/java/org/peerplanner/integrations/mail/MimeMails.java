package org.peerplanner.integrations.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.peerplanner.domain.mail.OutgoingMail;
import org.peerplanner.domain.mail.OutgoingMail.Address;
import org.springframework.mail.javamail.JavaMailSender;

/** Turns a queued message into the MIME message the SMTP server gets, with the Message-ID it keeps on every attempt. */
final class MimeMails {

    static final String SENDER_NAME = "Peer Planner";

    private MimeMails() {
    }

    /**
     * JavaMailSenderImpl keeps a Message-ID that is set before sending, so a retry carries the same one and a mail
     * client that already has the message shows it once.
     */
    static MimeMessage build(JavaMailSender sender, String from, OutgoingMail mail, String messageId, Instant date)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(new InternetAddress(from, SENDER_NAME, "UTF-8"));
        if (mail.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {address(mail.replyTo())});
        }
        message.setRecipient(MimeMessage.RecipientType.TO, address(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(date));
        if (mail.calendar() == null) {
            message.setText(mail.text(), "UTF-8");
        } else {
            // Outlook files the message as a meeting request only with this header.
            message.setHeader("Content-Class", "urn:content-classes:calendarmessage");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(mail.text(), "UTF-8");
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    mail.calendar().ics().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + mail.calendar().method())));
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(calendar);
            message.setContent(alternative);
        }
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        return message;
    }

    private static InternetAddress address(Address address) throws UnsupportedEncodingException, MessagingException {
        InternetAddress parsed = new InternetAddress(address.email(), address.name(), "UTF-8");
        parsed.validate();
        return parsed;
    }
}
