package org.peerplanner.integrations.mail;

import java.util.Optional;
import org.peerplanner.domain.help.HelpMail;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.mail.OutgoingMail;
import org.peerplanner.domain.mail.OutgoingMail.Address;
import org.peerplanner.integrations.common.PublicUrl;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails what help requests tell people (one mail per event, or the daily digest), queued in the outbox in the
 * change's transaction like every other mail; nothing when no mail server is configured. The pairing session's
 * invite goes out through the session mailer, as for any session.
 */
@Component
public class HelpMailer {

    private final MailOutbox outbox;
    private final PublicUrl publicUrl;
    private final boolean enabled;

    public HelpMailer(MailOutbox outbox, PublicUrl publicUrl, Optional<JavaMailSender> mailSender) {
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.enabled = mailSender.isPresent();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void onNews(HelpMail mail) {
        if (enabled) {
            outbox.queue(OutgoingMail.plain(mail.topic(), "Help request", new Address(mail.toName(), mail.toEmail()),
                    mail.subject(), text(mail)));
        }
    }

    /** The mail's text with its links made absolute under the planner's public address. */
    String text(HelpMail mail) {
        return mail.text().replace(HelpMail.APP, publicUrl.publicUrl());
    }
}
