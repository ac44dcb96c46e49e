package org.peerplanner.integrations.mail;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.mail.OutgoingMail;
import org.peerplanner.domain.mail.OutgoingMail.Address;
import org.peerplanner.domain.mail.OutgoingMail.CalendarPart;
import org.peerplanner.domain.session.SessionCalendarChange;
import org.peerplanner.domain.session.SessionCalendarQuery;
import org.peerplanner.domain.session.SessionCalendarQuery.CalendarEntry;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.integrations.calendar.CalendarEvent;
import org.peerplanner.integrations.calendar.CalendarWriter;
import org.peerplanner.integrations.common.MailSettings;
import org.peerplanner.integrations.mail.SessionInvites.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails iMIP invites (RFC 6047): when a session is confirmed, changed or cancelled, its facilitators and attendees
 * get a message whose text/calendar part their mail client turns into a calendar entry (METHOD:REQUEST) or removes
 * (METHOD:CANCEL).
 * <p>
 * The messages are written, as the session is at that moment, into the {@link MailOutbox} just before the change
 * commits, in its transaction: a rolled-back change mails nobody, and a committed one cannot lose its mail to a
 * stop or a crash. The {@link OutboxSender} sends them. Without a {@link JavaMailSender} (Spring Boot makes one only
 * when {@code spring.mail.host} is set) nothing is queued.
 */
@Component
public class SessionMailer {

    private static final Logger log = LoggerFactory.getLogger(SessionMailer.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm '('VV')'", Locale.ENGLISH);

    private final SessionCalendarQuery sessions;
    private final SessionInvites invites;
    private final CalendarWriter calendars;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final boolean enabled;

    public SessionMailer(SessionCalendarQuery sessions, SessionInvites invites, CalendarWriter calendars,
                         MailOutbox outbox, MailSettings settings, Optional<JavaMailSender> mailSender) {
        this.sessions = sessions;
        this.invites = invites;
        this.calendars = calendars;
        this.outbox = outbox;
        this.settings = settings;
        this.enabled = mailSender.isPresent();
    }

    /** Runs in the change's transaction, before it commits; a failure to queue rolls the change back. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void onCalendarChange(SessionCalendarChange change) {
        if (!enabled) {
            return;
        }
        sessions.find(change.sessionId()).ifPresentOrElse(session -> mails(session, change.kind()).forEach(outbox::queue),
                () -> log.info("Session {} is gone; no {} mail", change.sessionId(), change.kind()));
    }

    /** The messages one change sends, one per recipient; none when nobody is to be told. */
    public List<OutgoingMail> mails(CalendarEntry session, SessionCalendarChange.Kind kind) {
        boolean cancellation = session.status() == SessionStatus.CANCELLED;
        if (cancellation != (kind == SessionCalendarChange.Kind.CANCELLED) || session.status() == SessionStatus.HELD) {
            // An update in the same transaction as the cancellation (or the wrap-up): the cancellation speaks for itself.
            log.debug("Session {} is {} now; no {} mail", session.id(), session.status(), kind);
            return List.of();
        }
        CalendarEvent event = invites.event(session);
        if (event.attendees().isEmpty()) {
            log.info("Session {} has nobody to invite; no {} mail", session.id(), kind);
            return List.of();
        }
        String ics = cancellation ? calendars.cancellation(event) : calendars.invite(event);
        var calendar = new CalendarPart(cancellation ? "CANCEL" : "REQUEST", ics);
        Address replyTo = event.organizer().email().equalsIgnoreCase(settings.from()) ? null
                : new Address(event.organizer().name(), event.organizer().email());
        String subject = subject(kind, event);
        String purpose = switch (kind) {
            case CONFIRMED -> "Session invitation";
            case UPDATED -> "Session update";
            case CANCELLED -> "Session cancellation";
        };
        return invites.recipients(session, cancellation).stream()
                .map(to -> new OutgoingMail(topic(session.id()), purpose, new Address(to.name(), to.email()), replyTo,
                        subject, text(session, kind, event, to), calendar))
                .toList();
    }

    /** One session's mail to one person leaves in the order of its changes. */
    static String topic(long sessionId) {
        return "session:" + sessionId;
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
}
