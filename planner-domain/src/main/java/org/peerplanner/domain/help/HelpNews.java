package org.peerplanner.domain.help;

import java.time.Clock;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.people.HelperPeople.Helper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells a person what happened to a help request: always in the bell's list; by mail at once, or as a line of
 * tomorrow's digest for those who chose one. Written in the transaction of the change, so a refused change tells
 * nobody.
 */
@Component
class HelpNews {

    private final NotificationService notifications;
    private final HelpMailChoiceRepository choices;
    private final DigestLineRepository digest;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpNews(NotificationService notifications, HelpMailChoiceRepository choices, DigestLineRepository digest,
             ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.choices = choices;
        this.digest = digest;
        this.events = events;
        this.clock = clock;
    }

    void tell(Helper to, String kind, String title, String detail, long requestId) {
        String link = link(requestId);
        notifications.notify(to.id(), "help." + kind, title, detail, link);
        if (choices.findById(to.id()).map(HelpMailChoice::isDailyDigest).orElse(false)) {
            digest.save(new DigestLine(to.id(), title + " — " + HelpMail.link(link), clock.instant()));
            return;
        }
        String text = "Hello " + to.name() + ",\n\n" + title + (detail == null ? "" : "\n\n" + detail)
                + "\n\nOpen Peer Planner: " + HelpMail.link(link) + "\n";
        events.publishEvent(new HelpMail("help-request:" + requestId, to.name(), to.email(), title, text));
    }

    static String link(long requestId) {
        return "help/" + requestId;
    }
}
