package org.peerplanner.integrations.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.mail.OutgoingMail;
import org.peerplanner.domain.mail.OutgoingMail.Address;
import org.peerplanner.domain.mail.OutgoingMail.CalendarPart;
import org.peerplanner.domain.mentoring.MentoringMail;
import org.peerplanner.domain.mentoring.MentorshipCalendarChange;
import org.peerplanner.domain.mentoring.MentorshipSeries;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.integrations.calendar.CalendarEvent;
import org.peerplanner.integrations.calendar.CalendarWriter;
import org.peerplanner.integrations.calendar.MentorshipEvents;
import org.peerplanner.integrations.common.PublicUrl;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails what mentoring tells people, and the pair's meetings as one recurring iMIP invite (an update when they
 * pause, resume or end; a cancellation when it ends before the first meeting). Queued in the outbox in the change's
 * transaction, like session invites; nothing when no mail server is configured.
 */
@Component
public class MentoringMailer {

    private final Mentorships mentorships;
    private final CalendarWriter calendars;
    private final MailOutbox outbox;
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final boolean enabled;

    public MentoringMailer(Mentorships mentorships, CalendarWriter calendars, MailOutbox outbox, Clock clock,
                           PublicUrl publicUrl, Optional<JavaMailSender> mailSender) {
        this.mentorships = mentorships;
        this.calendars = calendars;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.enabled = mailSender.isPresent();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void onNews(MentoringMail mail) {
        if (enabled) {
            outbox.queue(OutgoingMail.plain(mail.topic(), "Mentoring", new Address(mail.toName(), mail.toEmail()),
                    mail.subject(), text(mail)));
        }
    }

    /** The message with its link as the address people reach the planner at: a mail is read outside the app. */
    String text(MentoringMail mail) {
        return mail.text() + (mail.link() == null ? "" : "\nOpen Peer Planner: " + publicUrl.to(mail.link()) + "\n");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void onCalendarChange(MentorshipCalendarChange change) {
        if (enabled) {
            mentorships.series(change.mentorshipId()).ifPresent(series -> invites(series).forEach(outbox::queue));
        }
    }

    /** One message to each of the two: the series as it stands now, or its cancellation. */
    public List<OutgoingMail> invites(MentorshipSeries series) {
        var event = MentorshipEvents.event(series, LocalDate.now(clock.withZone(series.zone())));
        CalendarPart part = event.map(e -> new CalendarPart("REQUEST", calendars.invite(e)))
                .orElseGet(() -> new CalendarPart("CANCEL", calendars.cancellation(cancelled(series))));
        String subject = (event.isPresent() ? "Mentoring meetings: " : "Cancelled: mentoring meetings: ") + series.goal();
        String text = "Your mentoring meetings about " + series.goal() + " are in the attached calendar entry.\n";
        String topic = "mentorship:" + series.id();
        return List.of(
                new OutgoingMail(topic, "Mentoring invitation", new Address(series.mentorName(), series.mentorEmail()),
                        null, subject, text, part),
                new OutgoingMail(topic, "Mentoring invitation", new Address(series.menteeName(), series.menteeEmail()),
                        new Address(series.mentorName(), series.mentorEmail()), subject, text, part));
    }

    /** The series as first sent, cancelled: a mentorship that ended before it ever met. */
    private CalendarEvent cancelled(MentorshipSeries series) {
        var asRunning = new MentorshipSeries(series.id(), series.sequence() - 1, series.goal(), series.plan(),
                series.zone(), series.mentorName(), series.mentorEmail(), series.menteeName(), series.menteeEmail(),
                org.peerplanner.domain.mentoring.MentorshipState.ACTIVE, null, null);
        return MentorshipEvents.event(asRunning, LocalDate.now(clock)).orElseThrow().cancelled(clock.instant());
    }
}
