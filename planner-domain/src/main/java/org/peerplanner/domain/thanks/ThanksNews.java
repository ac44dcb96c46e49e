package org.peerplanner.domain.thanks;

import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.people.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the receiver: in the bell's list, and by mail where mail is on. Both are written in the give's transaction,
 * so a refused thank-you tells nobody.
 */
@Component
class ThanksNews {

    private final NotificationService notifications;
    private final ApplicationEventPublisher events;

    ThanksNews(NotificationService notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    void tell(long thankYouId, String giverName, Person receiver, ThanksFor what, ThanksSubjects.Subject subject,
              String reason) {
        var card = new ThankYouCard(thankYouId, giverName, receiver.getFullName(), what, subject.title(),
                subject.link(), reason, null);
        String title = giverName + " thanked you " + card.forText();
        notifications.notify(receiver.getId(), "thanks.received", title, reason, "profile");
        String text = "Hello " + receiver.getFullName() + ",\n\n" + title + ":\n\n\u201c" + reason + "\u201d\n\n"
                + "All the thanks you received are on your profile in Peer Planner: /profile\n";
        events.publishEvent(new ThanksMail("thank-you:" + thankYouId, receiver.getFullName(), receiver.getEmail(),
                title, text));
    }
}
