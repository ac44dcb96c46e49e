package org.peerplanner.web.thanks;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the wall shows for a team the viewer is not in: as {@code NotFoundNotice}, but back to Home by address,
 * because the features that link here (people, sessions, articles) would otherwise depend on each other in a cycle.
 */
final class TeamNotFound {

    private TeamNotFound() {
    }

    static Div notice() {
        var notice = new Div(new H2("This team was not found"),
                new Paragraph("It does not exist, or it belongs to a team you are not in. Nothing was changed."),
                new Anchor("", "Back to Home"));
        notice.addClassName("planner-card");
        notice.setId("not-found");
        return notice;
    }
}
