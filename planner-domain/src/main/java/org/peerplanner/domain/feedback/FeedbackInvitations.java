package org.peerplanner.domain.feedback;

import java.time.Clock;
import java.time.Duration;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.session.SessionHeld;
import org.peerplanner.domain.session.SessionLookup;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once a session is held, those who came are asked (in the bell) for their feedback. A plain {@link EventListener}
 * runs in the holding transaction: the questions are written with the change or not at all. A session held more
 * than {@link #ASK_WITHIN} after it started (a late wrap-up, the demo's year of history) asks nobody: memories are
 * gone by then, and a bell full of old questions helps no one. Its form stays open to those who came.
 */
@Component
class FeedbackInvitations {

    private final FeedbackService feedback;
    private final SessionLookup sessions;
    private final NotificationService notifications;
    private final Clock clock;

    FeedbackInvitations(FeedbackService feedback, SessionLookup sessions, NotificationService notifications,
                        Clock clock) {
        this.feedback = feedback;
        this.sessions = sessions;
        this.notifications = notifications;
        this.clock = clock;
    }

    static final Duration ASK_WITHIN = Duration.ofDays(14);

    @EventListener
    void on(SessionHeld held) {
        var session = sessions.session(held.sessionId()).orElse(null);
        if (session == null || session.getStartsAt().isBefore(clock.instant().minus(ASK_WITHIN))) {
            return;
        }
        String title = session.getTitle();
        for (long person : feedback.toAsk(held.sessionId())) {
            notifications.notify(person, FeedbackService.KIND, "How useful was \u201c" + title + "\u201d?",
                    "One question and one line, anonymous to the facilitator.", FeedbackService.link(held.sessionId()));
        }
    }
}
