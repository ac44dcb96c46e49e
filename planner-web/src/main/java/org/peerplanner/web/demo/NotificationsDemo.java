package org.peerplanner.web.demo;

import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.session.MySessions;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.stereotype.Component;

/**
 * Most notifications come on their own while the sessions chapter plans, confirms and swaps (proposals, RSVPs,
 * a swap). This adds a swap that Jonas could take, so his Home and bell show every kind of waiting answer: Maria
 * asks the team to take over the next confirmed session she leads.
 */
@Component
class NotificationsDemo implements DemoChapter {

    private final SessionService sessions;
    private final MySessions mine;
    private final NotificationService notifications;

    NotificationsDemo(SessionService sessions, MySessions mine, NotificationService notifications) {
        this.sessions = sessions;
        this.mine = mine;
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void seed(DemoOrganisation org) {
        Actor jonas = org.actor("jonas");
        if (!mine.waitingFor(jonas).swaps().isEmpty()
                || notifications.recent(jonas, 0).stream().anyMatch(n -> n.kind().equals("session.swap"))) {
            return;
        }
        Actor maria = org.actor("maria");
        mine.next(maria, 10).stream()
                .filter(s -> s.leading() && s.status() == SessionStatus.CONFIRMED)
                .filter(s -> sessions.details(maria, s.id()).openSwap() == null)
                .findFirst()
                .ifPresent(s -> sessions.requestSwap(maria, s.id(), "I am at the payments conference that week."));
    }
}
