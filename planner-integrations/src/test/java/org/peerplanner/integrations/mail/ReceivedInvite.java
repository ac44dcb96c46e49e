package org.peerplanner.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.io.text.ICalReader;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A received iMIP mail as a mail client sees it: the recipient, the plain text, the calendar part's MIME type and
 * the calendar itself read with biweekly, which shares no code with our writer.
 */
record ReceivedInvite(String to, String subject, String contentClass, String text, String calendarType,
                             String ics, ICalendar calendar) {

    static ReceivedInvite of(MimeMessage message) {
        try {
            assertThat(message.getContentType()).startsWith("multipart/alternative");
            MimeMultipart alternative = (MimeMultipart) message.getContent();
            assertThat(alternative.getCount()).isEqualTo(2);
            BodyPart plain = alternative.getBodyPart(0);
            BodyPart calendar = alternative.getBodyPart(1);
            assertThat(plain.getContentType()).startsWith("text/plain");
            String ics = read(calendar.getInputStream());
            return new ReceivedInvite(((InternetAddress) message.getAllRecipients()[0]).getAddress(),
                    message.getSubject(), message.getHeader("Content-Class", null), (String) plain.getContent(),
                    calendar.getContentType(), ics, parse(ics));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ICalendar parse(String ics) throws IOException {
        try (ICalReader reader = new ICalReader(ics)) {
            ICalendar calendar = reader.readNext();
            assertThat(calendar).as("biweekly reads the calendar part").isNotNull();
            assertThat(reader.getWarnings()).as("biweekly warnings").isEmpty();
            return calendar;
        }
    }
}
