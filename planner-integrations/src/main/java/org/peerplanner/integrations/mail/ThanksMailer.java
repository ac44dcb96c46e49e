package org.peerplanner.integrations.mail;

import java.util.Optional;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.mail.OutgoingMail;
import org.peerplanner.domain.mail.OutgoingMail.Address;
import org.peerplanner.domain.thanks.ThanksMail;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails a thank-you to its receiver through the outbox, in the give's transaction; nothing without a mail server. */
@Component
public class ThanksMailer {

    private final MailOutbox outbox;
    private final boolean enabled;

    public ThanksMailer(MailOutbox outbox, Optional<JavaMailSender> mailSender) {
        this.outbox = outbox;
        this.enabled = mailSender.isPresent();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void onThanks(ThanksMail mail) {
        if (enabled) {
            outbox.queue(OutgoingMail.plain(mail.topic(), "Thank-you", new Address(mail.toName(), mail.toEmail()),
                    mail.subject(), mail.text()));
        }
    }
}
