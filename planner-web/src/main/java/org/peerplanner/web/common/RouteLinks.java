package org.peerplanner.web.common;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to another feature's screen by its address. The router follows it in place, like a RouterLink, but the
 * linking feature does not import the other's view class, so two features that link to each other stay free of a cycle.
 */
public final class RouteLinks {

    private RouteLinks() {
    }

    public static Anchor to(String path, String text) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
