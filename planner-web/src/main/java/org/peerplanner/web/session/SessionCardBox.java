package org.peerplanner.web.session;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import org.peerplanner.domain.session.SessionCard;
import org.peerplanner.web.common.Badge;

/** One session in a list: title, when (in the viewer's zone), who leads, its status and the viewer's answer. */
class SessionCardBox extends Div {

    SessionCardBox(SessionCard c, ZoneId viewerZone) {
        var title = new RouterLink(c.title(), SessionView.class, new RouteParameters("sessionId", String.valueOf(c.id())));
        title.getStyle().set("font-weight", "600");
        var when = new Span(c.start().withZoneSameInstant(viewerZone).format(SessionsView.WHEN) + " · " + c.durationMinutes()
                + " min · " + c.format().label());
        when.addClassName("planner-muted");
        String lead = c.facilitatorName() == null ? "Open slot: volunteers welcome"
                : "Led by " + c.facilitatorName() + (c.coFacilitatorName() == null ? "" : " with " + c.coFacilitatorName());
        add(title, new Div(when), new Div(new Span(lead + " "), StatusBadge.of(c.status())));
        if (c.openSwap()) {
            add(Badge.of("Swap requested", Badge.Tone.WARNING));
        }
        c.myAnswer().ifPresent(answer -> {
            var rsvp = new Span(answer);
            rsvp.addClassName("planner-muted");
            add(new Div(rsvp));
        });
        addClassName("planner-card");
        setWidthFull();
    }
}
