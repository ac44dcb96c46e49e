package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Consumer;
import org.peerplanner.domain.knowledge.ArticleDetails;
import org.peerplanner.web.common.Badge;
import org.peerplanner.web.common.RouteLinks;
import org.peerplanner.web.gap.GapsView;

/** Where an article came from (sessions, gaps, each gap closable with it as evidence when the viewer may) and its materials. */
class ArticleSources extends Div {

    ArticleSources(ArticleDetails a, Consumer<ArticleDetails.GapLink> closeGap) {
        add(new H3("Where it came from"));
        if (a.sessions().isEmpty() && a.gaps().isEmpty()) {
            add(muted("No sessions or gaps linked."));
        }
        a.sessions().forEach(s -> add(new Div(RouteLinks.to("sessions/" + s.id(), "Session: " + s.title()), new Span(" "),
                Badge.of(s.status(), Badge.Tone.NEUTRAL))));
        a.gaps().forEach(g -> add(gapLine(g, closeGap)));
        add(new H3("Materials"));
        if (a.materials().isEmpty()) {
            add(muted("None."));
        }
        a.materials().forEach(m -> {
            var link = new Anchor(m.url(), m.label());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(new Div(link));
        });
    }

    private static Div gapLine(ArticleDetails.GapLink g, Consumer<ArticleDetails.GapLink> closeGap) {
        var line = new Div(new RouterLink("Gap #" + g.id() + ": " + g.title(), GapsView.class,
                new RouteParameters("gapId", String.valueOf(g.id()))), new Span(" "),
                Badge.of(g.status().label(), Badge.Tone.NEUTRAL));
        if (g.closable()) {
            var close = new Button("Close gap with this article as evidence", e -> closeGap.accept(g));
            close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            close.setId("close-gap-" + g.id());
            close.getStyle().set("margin-left", "var(--lumo-space-s)");
            line.add(close);
        }
        return line;
    }

    static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("planner-muted");
        return p;
    }
}
