package org.peerplanner.domain.notification;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.session.SessionAnswered;
import org.peerplanner.domain.session.SessionNotice;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what a session asks of people into their notifications. A plain {@link EventListener} runs inside the
 * session change's transaction, so the notifications are written with it or not at all. Sessions that have
 * already started ask nothing of anyone (the demo's year of history, a late edit of a past session). Once a person
 * answered a question of a session, their notifications asking it are marked read.
 */
@Component
class SessionNotifications {

    static final String PROPOSED = "session.proposed";
    static final String SWAP = "session.swap";
    static final String RSVP = "session.rsvp";
    static final String CHANGED = "session.changed";
    static final String CANCELLED = "session.cancelled";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final NotificationService notifications;
    private final Clock clock;

    SessionNotifications(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void on(SessionNotice notice) {
        var session = notice.session();
        if (session.start().toInstant().isBefore(clock.instant())) {
            return;
        }
        String when = session.start().format(WHEN);
        String link = link(session.id());
        String title = "“" + session.title() + "”";
        switch (notice) {
            case SessionNotice.FacilitatorProposed p -> tell(p, PROPOSED, "You are proposed to lead " + title,
                    when + ". Will you lead it? Accept or decline on Home or the session's page.", link);
            case SessionNotice.SwapAsked s -> tell(s, SWAP, s.askedBy() + " asks someone to take over " + title,
                    when + (s.reason() == null || s.reason().isBlank() ? "." : ". “" + s.reason().strip() + "”"), link);
            case SessionNotice.RsvpAwaited r -> tell(r, RSVP, "Will you come to " + title + "?",
                    when + ". The session is confirmed: answer yes or no.", link);
            case SessionNotice.Changed c -> tell(c, CHANGED, title + " changed",
                    "Now " + when + ". Check the details and whether your answer still stands.", link);
            case SessionNotice.Cancelled c -> tell(c, CANCELLED, title + " is cancelled",
                    "It was planned for " + when + (c.reason() == null ? "." : ". " + c.reason()), link);
        }
    }

    /** Once they answered, what asked them that about the session is done with: the bell stops counting it. */
    @EventListener
    void on(SessionAnswered answered) {
        var asked = switch (answered.question()) {
            case LEAD -> List.of(PROPOSED);
            case SWAP -> List.of(SWAP);
            // A change asks whether their answer still stands; answering again settles that too.
            case RSVP -> List.of(RSVP, CHANGED);
        };
        notifications.markReadAbout(answered.personId(), link(answered.sessionId()), asked);
    }

    static String link(long sessionId) {
        return "sessions/" + sessionId;
    }

    private void tell(SessionNotice notice, String kind, String title, String detail, String link) {
        notice.people().stream().sorted().forEach(person -> notifications.notify(person, kind, title, detail, link));
    }
}
