package org.peerplanner.web.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.session.MySession;
import org.peerplanner.domain.session.MySessions;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.web.common.Badge;
import org.peerplanner.web.session.SessionsView;

/** "My next sessions": those I lead or am invited to and have not said no to, with my part in each. */
class NextSessionsCard extends HomeCard {

    static final int SHOWN = 5;

    private final MySessions sessions;
    private final Actor actor;

    NextSessionsCard(MySessions sessions, Actor actor) {
        super("My next sessions", "my-next-sessions");
        this.sessions = sessions;
        this.actor = actor;
        refresh();
    }

    void refresh() {
        clear();
        var next = sessions.next(actor, SHOWN);
        if (next.isEmpty()) {
            add(new Paragraph("Nothing planned for you yet."), new RouterLink("See the team's sessions", SessionsView.class));
        }
        next.forEach(s -> add(line(session(s), part(s))));
    }

    private static Component part(MySession s) {
        if (s.leading()) {
            return s.status() == SessionStatus.PLANNED ? Badge.of("You lead: not accepted yet", Badge.Tone.WARNING)
                    : Badge.of("You lead", Badge.Tone.SUCCESS);
        }
        Rsvp answer = s.myRsvp() == null ? Rsvp.PENDING : s.myRsvp();
        return answer == Rsvp.PENDING ? Badge.of("You have not answered", Badge.Tone.WARNING)
                : Badge.of("Your answer: " + answer.label(), Badge.Tone.NEUTRAL);
    }
}
