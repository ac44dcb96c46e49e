package org.peerplanner.integrations.mail;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.peerplanner.domain.action.Reminder;
import org.peerplanner.domain.action.ReminderClaimed;
import org.peerplanner.domain.action.ReminderKind;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.mail.OutgoingMail;
import org.peerplanner.domain.mail.OutgoingMail.Address;
import org.peerplanner.integrations.common.PublicUrl;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails an action item's owner a reminder: a few days before the due date, and once it has passed. The message is
 * queued in the outbox in the transaction that claims the reminder. Without a {@link JavaMailSender} (Spring Boot
 * makes one only when {@code spring.mail.host} is set) it is off.
 */
@Component
public class ActionItemReminderMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final MailOutbox outbox;
    private final boolean enabled;
    private final PublicUrl publicUrl;

    public ActionItemReminderMailer(MailOutbox outbox, Optional<JavaMailSender> mailSender,
                                    PublicUrl publicUrl) {
        this.outbox = outbox;
        this.enabled = mailSender.isPresent();
        this.publicUrl = publicUrl;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Runs in the claim's transaction, so the claim and its mail are saved together. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void onClaimed(ReminderClaimed claimed) {
        if (enabled) {
            outbox.queue(mail(claimed.reminder()));
        }
    }

    OutgoingMail mail(Reminder reminder) {
        return OutgoingMail.plain("action-item:" + reminder.itemId(), "Action item reminder",
                new Address(reminder.ownerName(), reminder.ownerEmail()), subject(reminder), text(reminder));
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
                + "Mark it done, or tell the team how it is going, at " + publicUrl.to("/action-items") + "\n";
    }
}
