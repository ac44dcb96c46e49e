package org.peerplanner.web.help;

import com.vaadin.flow.component.html.Div;
import org.peerplanner.domain.help.HelpPage;
import org.peerplanner.web.common.RouteLinks;

/** Where a finished request led: the article it became, the gap it was logged as, the article that answered it. */
final class RequestLinks {

    private RequestLinks() {
    }

    static void addTo(Div box, HelpPage page) {
        if (page.articleId() != null) {
            box.add(link("knowledge/" + page.articleId(), "Read the article it became"));
        }
        if (page.gapId() != null) {
            box.add(link("gaps/" + page.gapId(), "The knowledge gap it became"));
        }
        if (page.answeredByArticleId() != null) {
            box.add(link("knowledge/" + page.answeredByArticleId(), "The article that answered it"));
        }
    }

    private static Div link(String path, String text) {
        var a = RouteLinks.to(path, text);
        a.addClassName("planner-text-link");
        return new Div(a);
    }
}
