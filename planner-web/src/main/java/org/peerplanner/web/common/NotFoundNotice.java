package org.peerplanner.web.common;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** What a screen shows instead of a record the viewer may not see: the same for "missing" and "not yours". */
public class NotFoundNotice extends Div {

    public NotFoundNotice(String what, String backLabel, Class<? extends com.vaadin.flow.component.Component> back) {
        addClassName("planner-card");
        setId("not-found");
        add(new H2(what + " was not found"),
                new Paragraph("It does not exist, or it belongs to a team you are not in. Nothing was changed."),
                new RouterLink(backLabel, back));
    }
}
