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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.peerplanner.domain.session.SessionCalendarChange;
import org.peerplanner.domain.session.SessionCalendarQuery;
import org.peerplanner.domain.session.SessionCalendarQuery.CalendarEntry;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.integrations.calendar.CalendarEvent;
import org.peerplanner.integrations.calendar.CalendarWriter;
import org.peerplanner.integrations.mail.SessionInvites.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails iMIP invites (RFC 6047): when a session is confirmed, changed or cancelled, its facilitators and attendees
 * get a message whose text/calendar part their mail client turns into a calendar entry (METHOD:REQUEST) or removes
 * (METHOD:CANCEL).
 * <p>
 * Mail goes out only after the change commits, so a rolled-back change mails nobody, and on a thread of its own,
 * so a slow or unreachable SMTP server never holds up the person who made the change. Without a
 * {@link JavaMailSender} (Spring Boot makes one only when {@code spring.mail.host} is set) nothing is sent.
 */
@Component
public class SessionMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SessionMailer.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm '('VV')'", Locale.ENGLISH);

    private final SessionCalendarQuery sessions;
    private final SessionInvites invites;
    private final CalendarWriter calendars;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final MailRetry retry;
    private final ThreadPoolTaskExecutor executor;

    public SessionMailer(SessionCalendarQuery sessions, SessionInvites invites, CalendarWriter calendars,
                         Optional<JavaMailSender> mailSender, MailSettings settings) {
        this.sessions = sessions;
        this.invites = invites;
        this.calendars = calendars;
        this.mailSender = mailSender.orElse(null);
        this.settings = settings;
        this.retry = new MailRetry(settings.retryAttempts(), settings.retryFirstDelay());
        this.executor = this.mailSender == null ? null : singleThread();
        if (this.mailSender == null) {
            log.info("Session mail is off: set spring.mail.host to send calendar invites");
        }
    }

    /**
     * One thread keeps the mails of one session in the order of its changes, and it is not a bean: an Executor
     * bean would make Spring Boot drop its own applicationTaskExecutor, which other parts of the app use.
     */
    private static ThreadPoolTaskExecutor singleThread() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1_000);
        executor.setThreadNamePrefix("session-mail-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }

    /** Runs after the committing thread's commit and only hands the work over; it never throws into the caller. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onCalendarChange(SessionCalendarChange change) {
        if (mailSender == null) {
            return;
        }
        try {
            executor.execute(() -> mail(change));
        } catch (RejectedExecutionException e) {
            log.error("Session mail queue is full; no mail for session {} ({})", change.sessionId(), change.kind(), e);
        }
    }

    private void mail(SessionCalendarChange change) {
        try {
            sessions.find(change.sessionId()).ifPresentOrElse(session -> deliver(session, change.kind()),
                    () -> log.info("Session {} is gone; no {} mail", change.sessionId(), change.kind()));
        } catch (RuntimeException e) {
            log.error("No mail for session {} ({})", change.sessionId(), change.kind(), e);
        }
    }

    /**
     * Builds and sends the mails for one change, retrying while the server is down; returns whether all went out.
     * The session is read when the mail is built, so it always shows the latest state, which its SEQUENCE says.
     */
    public boolean deliver(CalendarEntry session, SessionCalendarChange.Kind kind) {
        if (mailSender == null) {
            return false;
        }
        boolean cancellation = session.status() == SessionStatus.CANCELLED;
        if (cancellation != (kind == SessionCalendarChange.Kind.CANCELLED) || session.status() == SessionStatus.HELD) {
            // A change queued before the session was cancelled or held: the cancellation has its own mail.
            log.debug("Session {} is {} now; no {} mail", session.id(), session.status(), kind);
            return false;
        }
        CalendarEvent event = invites.event(session);
        if (event.attendees().isEmpty()) {
            log.info("Session {} has nobody to invite; no {} mail", session.id(), kind);
            return false;
        }
        String ics = cancellation ? calendars.cancellation(event) : calendars.invite(event);
        String what = kind.name().toLowerCase(Locale.ROOT) + " mail for session " + session.id();
        return retry.send(mailSender, messages(session, kind, event, ics, cancellation), what);
    }

    private List<MimeMessage> messages(CalendarEntry session, SessionCalendarChange.Kind kind, CalendarEvent event,
                                       String ics, boolean cancellation) {
        String subject = subject(kind, event);
        String method = cancellation ? "CANCEL" : "REQUEST";
        List<MimeMessage> messages = new ArrayList<>();
        for (Recipient recipient : invites.recipients(session, cancellation)) {
            try {
                messages.add(message(recipient, subject, text(session, kind, event, recipient), ics, method, event));
            } catch (MessagingException | UnsupportedEncodingException e) {
                throw new MailPreparationException("Cannot build the mail to " + recipient.email(), e);
            }
        }
        return messages;
    }

    private MimeMessage message(Recipient to, String subject, String text, String ics, String method,
                                CalendarEvent event) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mailSender.createMimeMessage();
        message.setFrom(new InternetAddress(settings.from(), SessionInvites.FALLBACK_ORGANIZER_NAME, "UTF-8"));
        if (!event.organizer().email().equalsIgnoreCase(settings.from())) {
            message.setReplyTo(new InternetAddress[] {
                    new InternetAddress(event.organizer().email(), event.organizer().name(), "UTF-8")});
        }
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.email(), to.name(), "UTF-8"));
        message.setSubject(subject, "UTF-8");
        // Outlook files the message as a meeting request only with this header.
        message.setHeader("Content-Class", "urn:content-classes:calendarmessage");

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + method)));
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(calendar);
        message.setContent(alternative);
        return message;
    }

    private static String subject(SessionCalendarChange.Kind kind, CalendarEvent event) {
        String when = event.start().format(DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH));
        return switch (kind) {
            case CONFIRMED -> "Invitation: " + event.summary() + " (" + when + ")";
            case UPDATED -> "Updated: " + event.summary() + " (" + when + ")";
            case CANCELLED -> "Cancelled: " + event.summary() + " (" + when + ")";
        };
    }

    private String text(CalendarEntry session, SessionCalendarChange.Kind kind, CalendarEvent event, Recipient to) {
        String lead = switch (kind) {
            case CONFIRMED -> "You are invited to a " + session.teamName() + " learning session.";
            case UPDATED -> "A " + session.teamName() + " learning session has changed; your calendar entry is updated.";
            case CANCELLED -> "A " + session.teamName() + " learning session is cancelled.";
        };
        StringBuilder text = new StringBuilder()
                .append("Hello ").append(to.name() == null ? "" : to.name()).append(",\n\n")
                .append(lead).append("\n\n")
                .append(event.summary()).append('\n')
                .append(event.start().format(WHEN)).append(", ").append(session.durationMinutes()).append(" minutes\n");
        if (event.location() != null && !event.location().isBlank()) {
            text.append(event.location().strip()).append('\n');
        }
        text.append('\n').append(event.description()).append('\n');
        return text.toString();
    }

    @Override
    public void destroy() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
