package org.peerplanner.domain.mentoring;

import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.people.MentoringPeople.MentoringPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells a person what happened in their mentoring: in the bell's list, and by mail where mail is on. Both are
 * written in the transaction of the change, so a refused change tells nobody. The wording never blames anyone.
 */
@Component
class MentoringNews {

    private final NotificationService notifications;
    private final ApplicationEventPublisher events;

    MentoringNews(NotificationService notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    void tell(MentoringPerson to, String kind, String title, String detail, String link, String topic) {
        notifications.notify(to.id(), "mentoring." + kind, title, detail, link);
        String text = "Hello " + to.name() + ",\n\n" + title + (detail == null ? "" : "\n\n" + detail) + "\n";
        events.publishEvent(new MentoringMail(topic, to.name(), to.email(), title, text,
                link == null ? null : "/" + link));
    }

    static String requestTopic(long requestId) {
        return "mentoring-request:" + requestId;
    }

    static String mentorshipTopic(long mentorshipId) {
        return "mentorship:" + mentorshipId;
    }
}
