package org.peerplanner.web.thanks;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.thanks.Thanks;
import org.springframework.stereotype.Component;

/** The "Thanks received" section of a person's own profile; only they see it (and a wall, if their team has one). */
@Component
public class ThanksReceived {

    private final Thanks thanks;
    private final PeopleService people;

    ThanksReceived(Thanks thanks, PeopleService people) {
        this.thanks = thanks;
        this.people = people;
    }

    public VerticalLayout section(Actor actor) {
        var received = thanks.received(actor);
        var section = new VerticalLayout(new H3("Thanks received"));
        section.setPadding(false);
        section.setId("thanks-received");
        if (received.isEmpty()) {
            section.add(new Paragraph("No thanks yet. When a teammate thanks you for a session, an article or their "
                    + "help, it shows here."));
        } else {
            section.add(ThankYouList.of(received, false, people.timeZone(actor)));
        }
        return section;
    }
}
