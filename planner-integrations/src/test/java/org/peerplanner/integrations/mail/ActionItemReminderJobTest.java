package org.peerplanner.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peerplanner.domain.action.ActionItemReminders;
import org.peerplanner.domain.action.Reminder;
import org.peerplanner.domain.action.ReminderClaimed;
import org.peerplanner.domain.action.ReminderKind;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.integrations.common.PublicUrl;
import org.springframework.mail.javamail.JavaMailSender;

/** Reminder mails through a real SMTP server (GreenMail); the job queues only with the lease and claims each once. */
class ActionItemReminderJobTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final java.time.Clock CLOCK = java.time.Clock.fixed(Instant.parse("2026-03-09T07:05:00Z"),
            java.time.ZoneOffset.UTC);
    private static final ReminderSettings REMINDERS = new ReminderSettings(3, "0 5 * * * *", Duration.ofMinutes(10));

    private static final Reminder BEFORE = new Reminder(1, ReminderKind.BEFORE_DUE, LocalDate.of(2026, 3, 10),
            "Aisha Khan", "aisha@example.com", "Payments Platform", "Write the runbook", "Lunch & learn: Kafka");
    private static final Reminder OVERDUE = new Reminder(2, ReminderKind.OVERDUE, LocalDate.of(2026, 3, 3),
            "Zoë Ångström", "zoe@example.com", "Payments Platform", "Share the slides", "Deep dive: SQL");

    private final MailOutbox outbox = mock(MailOutbox.class);

    private ActionItemReminderMailer mailer(Optional<JavaMailSender> sender) {
        return new ActionItemReminderMailer(outbox, sender, new PublicUrl("https://planner.example.com/"));
    }

    @Test
    void theOwnerIsToldWhatIsDueWhenAndWhereToMarkItDone() throws Exception {
        JavaMailSender sender = SessionMailerTest.sender(smtp.getSmtp().getPort());
        var mail = mailer(Optional.of(sender)).mail(OVERDUE);
        sender.send(MimeMails.build(sender, "planner@example.com", mail, "<r-2@peer-planner>",
                Instant.parse("2026-03-04T07:05:00Z")));

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).contains("zoe@example.com");
        assertThat(received.getSubject()).isEqualTo("Overdue: Share the slides (was due Tuesday 3 March)");
        assertThat(received.getContent().toString()).contains("Hello Zoë Ångström")
                .contains("was due on Tuesday 3 March and is still open")
                .contains("Deep dive: SQL (Payments Platform)")
                .contains("https://planner.example.com/action-items");
        assertThat(ActionItemReminderMailer.subject(BEFORE)).isEqualTo("Reminder: Write the runbook (due Tuesday 10 March)");
    }

    @Test
    void theJobClaimsEachDueReminderAndEachClaimQueuesItsMail() {
        var reminders = mock(ActionItemReminders.class);
        LockProvider free = config -> config.getName().equals(ActionItemReminderJob.JOB)
                ? Optional.of(() -> { }) : Optional.empty();
        var lock = new DefaultLockingTaskExecutor(free);
        when(reminders.due(3)).thenReturn(List.of(BEFORE, OVERDUE));
        when(reminders.claim(BEFORE)).thenReturn(true);
        when(reminders.claim(OVERDUE)).thenReturn(false); // another instance already sent it
        var mailer = mailer(Optional.of(SessionMailerTest.sender(smtp.getSmtp().getPort())));

        assertThat(new ActionItemReminderJob(reminders, mailer, lock, REMINDERS, CLOCK).run()).isEqualTo(1);
        mailer.onClaimed(new ReminderClaimed(BEFORE));

        verify(outbox).queue(argThat(m -> m.to().email().equals("aisha@example.com")
                && m.subject().equals("Reminder: Write the runbook (due Tuesday 10 March)") && m.calendar() == null));
        verify(reminders, never()).unclaim(any());
    }

    @Test
    void withoutTheLeaseOrWithoutSmtpNothingHappens() {
        var reminders = mock(ActionItemReminders.class);
        LockProvider heldByAnotherInstance = config -> Optional.empty();
        var lock = new DefaultLockingTaskExecutor(heldByAnotherInstance);

        var on = mailer(Optional.of(SessionMailerTest.sender(smtp.getSmtp().getPort())));
        assertThat(new ActionItemReminderJob(reminders, on, lock, REMINDERS, CLOCK).run()).isZero();
        var off = mailer(Optional.empty());
        assertThat(new ActionItemReminderJob(reminders, off, lock, REMINDERS, CLOCK).run()).isZero();
        off.onClaimed(new ReminderClaimed(BEFORE));
        verify(reminders, never()).due(any(Integer.class));
        verifyNoInteractions(outbox);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
