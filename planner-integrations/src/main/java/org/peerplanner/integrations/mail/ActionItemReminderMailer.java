package org.peerplanner.integrations.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peerplanner.domain.action.Reminder;
import org.peerplanner.domain.action.ReminderKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails an action item's owner a reminder: a few days before the due date, and once it has passed. Without a
 * {@link JavaMailSender} (Spring Boot makes one only when {@code spring.mail.host} is set) it is off.
 */
@Component
public class ActionItemReminderMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final MailRetry retry;
    private final String publicUrl;

    public ActionItemReminderMailer(Optional<JavaMailSender> mailSender, MailSettings settings,
                                    @Value("${planner.public-url:http://localhost:8080}") String publicUrl) {
        this.mailSender = mailSender.orElse(null);
        this.settings = settings;
        this.retry = new MailRetry(settings.retryAttempts(), settings.retryFirstDelay());
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    public boolean enabled() {
        return mailSender != null;
    }

    /** Returns whether the mail went out. */
    public boolean send(Reminder reminder) {
        if (mailSender == null) {
            return false;
        }
        return retry.send(mailSender, List.of(message(reminder)),
                reminder.kind().name().toLowerCase(Locale.ROOT) + " reminder for action item " + reminder.itemId());
    }

    MimeMessage message(Reminder reminder) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            message.setFrom(new InternetAddress(settings.from(), SessionInvites.FALLBACK_ORGANIZER_NAME, "UTF-8"));
            message.setRecipient(MimeMessage.RecipientType.TO,
                    new InternetAddress(reminder.ownerEmail(), reminder.ownerName(), "UTF-8"));
            message.setSubject(subject(reminder), "UTF-8");
            message.setText(text(reminder), "UTF-8");
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot build the reminder to " + reminder.ownerEmail(), e);
        }
    }

    static String subject(Reminder reminder) {
        String due = reminder.dueOn().format(DAY);
        return reminder.kind() == ReminderKind.OVERDUE
                ? "Overdue: " + reminder.description() + " (was due " + due + ")"
                : "Reminder: " + reminder.description() + " (due " + due + ")";
    }

    String text(Reminder reminder) {
        String lead = reminder.kind() == ReminderKind.OVERDUE
                ? "this action item was due on " + reminder.dueOn().format(DAY) + " and is still open:"
                : "this action item is due on " + reminder.dueOn().format(DAY) + ":";
        return "Hello " + reminder.ownerName() + ",\n\n" + lead + "\n\n    " + reminder.description() + "\n\n"
                + "It came from " + reminder.source() + " (" + reminder.teamName() + ").\n"
                + "Mark it done, or tell the team how it is going, at " + publicUrl + "/action-items\n";
    }
}
