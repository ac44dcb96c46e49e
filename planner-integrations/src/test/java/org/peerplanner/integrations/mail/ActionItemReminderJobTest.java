package org.peerplanner.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peerplanner.domain.action.ActionItemReminders;
import org.peerplanner.domain.action.Reminder;
import org.peerplanner.domain.action.ReminderKind;
import org.peerplanner.domain.common.JobLock;

/** Reminder mails through a real SMTP server (GreenMail); the job sends only with the lease and claims each once. */
class ActionItemReminderJobTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final MailSettings SETTINGS = new MailSettings("planner@example.com", 1, Duration.ofMillis(10));
    private static final ReminderSettings REMINDERS = new ReminderSettings(3, "0 5 * * * *", Duration.ofMinutes(10));

    private static final Reminder BEFORE = new Reminder(1, ReminderKind.BEFORE_DUE, LocalDate.of(2026, 3, 10),
            "Aisha Khan", "aisha@example.com", "Payments Platform", "Write the runbook", "Lunch & learn: Kafka");
    private static final Reminder OVERDUE = new Reminder(2, ReminderKind.OVERDUE, LocalDate.of(2026, 3, 3),
            "Zoë Ångström", "zoe@example.com", "Payments Platform", "Share the slides", "Deep dive: SQL");

    private ActionItemReminderMailer mailer() {
        return new ActionItemReminderMailer(Optional.of(SessionMailerTest.sender(smtp.getSmtp().getPort())), SETTINGS,
                "https://planner.example.com/");
    }

    @Test
    void theOwnerIsToldWhatIsDueWhenAndWhereToMarkItDone() throws Exception {
        assertThat(mailer().send(OVERDUE)).isTrue();

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).contains("zoe@example.com");
        assertThat(mail.getSubject()).isEqualTo("Overdue: Share the slides (was due Tuesday 3 March)");
        assertThat(mail.getContent().toString()).contains("Hello Zoë Ångström")
                .contains("was due on Tuesday 3 March and is still open")
                .contains("Deep dive: SQL (Payments Platform)")
                .contains("https://planner.example.com/action-items");
        assertThat(ActionItemReminderMailer.subject(BEFORE)).isEqualTo("Reminder: Write the runbook (due Tuesday 10 March)");
    }

    @Test
    void theJobSendsEachClaimedReminderAndUnclaimsWhatFailed() {
        var reminders = mock(ActionItemReminders.class);
        var lock = mock(JobLock.class);
        when(lock.tryAcquire(eq(ActionItemReminderJob.JOB), any(), anyString())).thenReturn(true);
        when(reminders.due(3)).thenReturn(List.of(BEFORE, OVERDUE));
        when(reminders.claim(BEFORE)).thenReturn(true);
        when(reminders.claim(OVERDUE)).thenReturn(false); // another instance already sent it

        assertThat(new ActionItemReminderJob(reminders, mailer(), lock, REMINDERS).run()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        var down = new ActionItemReminderMailer(Optional.of(SessionMailerTest.sender(1)), SETTINGS, "http://x");
        when(reminders.claim(OVERDUE)).thenReturn(true);
        when(reminders.due(3)).thenReturn(List.of(OVERDUE));
        assertThat(new ActionItemReminderJob(reminders, down, lock, REMINDERS).run()).isZero();
        verify(reminders).unclaim(OVERDUE);
    }

    @Test
    void withoutTheLeaseOrWithoutSmtpNothingHappens() {
        var reminders = mock(ActionItemReminders.class);
        var lock = mock(JobLock.class);
        when(lock.tryAcquire(any(), any(), any())).thenReturn(false);

        assertThat(new ActionItemReminderJob(reminders, mailer(), lock, REMINDERS).run()).isZero();
        var off = new ActionItemReminderMailer(Optional.empty(), SETTINGS, "http://x");
        assertThat(new ActionItemReminderJob(reminders, off, lock, REMINDERS).run()).isZero();
        verify(reminders, never()).due(any(Integer.class));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
