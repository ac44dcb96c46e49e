package org.peerplanner.web.demo;

import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.session.MySessions;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SwapService;
import org.springframework.stereotype.Component;

/**
 * Most notifications come on their own while the sessions chapter plans, confirms and swaps (proposals, RSVPs,
 * a swap). This adds a swap that Jonas could take, so his Home and bell show each kind of waiting answer: the
 * lead of a later session he is invited to (on a day he is not away) asks the team to take it over.
 */
@Component
@DemoMode
class NotificationsDemo implements DemoChapter {

    private final SessionService sessions;
    private final SwapService swaps;
    private final MySessions mine;
    private final PeopleService people;
    private final NotificationService notifications;

    NotificationsDemo(SessionService sessions, SwapService swaps, MySessions mine, PeopleService people, NotificationService notifications) {
        this.sessions = sessions;
        this.swaps = swaps;
        this.mine = mine;
        this.people = people;
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
        var away = people.details(DemoOrganisation.SYSTEM, jonas.personId()).profile().absences();
        Actor maria = org.actor("maria");
        mine.next(jonas, 10).stream()
                .filter(s -> !s.leading() && s.start().toLocalDate().isAfter(org.today().plusDays(2)))
                .filter(s -> away.stream().noneMatch(a -> a.covers(s.start().toLocalDate())))
                .map(s -> sessions.details(maria, s.id()))
                .filter(s -> s.openSwap() == null && s.facilitator() != null)
                .findFirst()
                .ifPresent(s -> swaps.requestSwap(new Actor(s.facilitator().id(), false), s.id(),
                        "I am at the payments conference that week."));
    }
}
