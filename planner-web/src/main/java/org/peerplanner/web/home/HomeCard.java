package org.peerplanner.web.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.session.MySession;
import org.peerplanner.web.session.SessionView;

/** A titled card on Home, and the way Home names a session in a line. */
class HomeCard extends Div {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final H3 heading;

    HomeCard(String title, String id) {
        heading = new H3(title);
        addClassName("planner-card");
        setWidthFull();
        setId(id);
        add(heading);
    }

    /** Empties the card but for its heading, before showing fresh content. */
    void clear() {
        removeAll();
        add(heading);
    }

    /** "Lunch & learn: Git" linked to its page, then "Tue 8 Dec, 12:30 · Payments Platform". */
    static Component session(MySession s) {
        var link = new RouterLink(s.title(), SessionView.class, new RouteParameters("sessionId", String.valueOf(s.id())));
        var when = new Span(s.start().format(WHEN) + " · " + s.teamName());
        when.addClassName("planner-muted");
        var box = new Div(link, new Div(when));
        box.addClassName("planner-home-line-text");
        return box;
    }

    /** One line: what it is on the left, what the person can do on the right, wrapping on a phone. */
    static Div line(Component what, Component... actions) {
        var buttons = new Div(actions);
        buttons.addClassName("planner-home-actions");
        var line = new Div(what, buttons);
        line.addClassName("planner-home-line");
        return line;
    }
}
