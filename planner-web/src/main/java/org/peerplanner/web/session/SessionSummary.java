package org.peerplanner.web.session;

import org.peerplanner.web.common.RouteLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import org.peerplanner.domain.knowledge.LinkedArticle;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.web.gap.GapsView;
import org.peerplanner.web.knowledge.ArticleView;

/** What a session page says about the session: the facts above its buttons and the lists below them. */
final class SessionSummary {

    private SessionSummary() {
    }

    static Component[] facts(SessionDetails s, ZoneId viewerZone) {
        var facts = new Div();
        facts.add(line("When", s.start().withZoneSameInstant(viewerZone).format(SessionsView.WHEN) + " (your time) · "
                + s.start().format(SessionsView.WHEN) + " " + s.start().getZone().getId() + " · " + s.durationMinutes() + " min"));
        facts.add(line("Format", s.format().label() + (s.pairingFocus() == null ? "" : " · " + s.pairingFocus().label())));
        if (s.location() != null) {
            facts.add(line("Where", s.location()));
        }
        var lead = new Span(s.facilitator() == null ? "Nobody yet: volunteers welcome"
                : s.facilitator().name() + (s.coFacilitator() == null ? "" : " with " + s.coFacilitator().name()));
        lead.setId("session-facilitator");
        facts.add(labelled("Facilitator", lead));
        if (s.openSwap() != null) {
            facts.add(line("Swap", s.openSwap().requestedByName() + " asked for a swap"
                    + (s.openSwap().reason() == null ? "" : ": " + s.openSwap().reason())));
        }
        if (s.cancelReason() != null) {
            facts.add(line("Cancelled", s.cancelReason()));
        }
        if (s.twoWeeksRunning() == null) {
            return facts.getChildren().toArray(Component[]::new);
        }
        var warning = muted(s.twoWeeksRunning());
        warning.setId("two-weeks-running");
        facts.add(warning);
        return facts.getChildren().toArray(Component[]::new);
    }

    static Component[] lists(SessionDetails s) {
        var lists = new Div();
        if (s.changeLink() != null && !s.changeLink().isBlank()) {
            lists.add(labelled("Change", new Anchor(s.changeLink(), s.changeLink())));
        }
        lists.add(new H3("Agenda"), multiline(s.agenda() == null ? "No agenda yet." : s.agenda()));
        lists.add(new H3("Gaps it addresses"));
        if (s.gaps().isEmpty()) {
            lists.add(muted("None."));
        }
        s.gaps().forEach(g -> lists.add(new Div(new RouterLink("#" + g.id() + " " + g.title(), GapsView.class,
                new RouteParameters("gapId", String.valueOf(g.id()))))));
        lists.add(new H3("Materials"));
        if (s.materials().isEmpty()) {
            lists.add(muted("None yet."));
        }
        s.materials().forEach(m -> {
            var link = new Anchor(m.url(), m.label());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            lists.add(new Div(link));
        });
        if (s.takeaways() != null) {
            lists.add(new H3("Takeaways"), multiline(s.takeaways()));
        }
        return lists.getChildren().toArray(Component[]::new);
    }

    /** Articles already written from this session, so a second click does not make a duplicate unnoticed. */
    static Component[] writtenUp(List<LinkedArticle> written) {
        var list = new Div();
        if (!written.isEmpty()) {
            list.add(new H3("In the knowledge base"));
            written.forEach(a -> list.add(new Div(new RouterLink(a.title(), ArticleView.class,
                    new RouteParameters("articleId", String.valueOf(a.id()))))));
        }
        return list.getChildren().toArray(Component[]::new);
    }

    /** A held session's feedback page: the form for those who came, the anonymous aggregate for those who lead it. */
    static Component feedback(SessionDetails s) {
        var link = new Div();
        if (s.status() == SessionStatus.HELD) {
            link.add(RouteLinks.to("sessions/" + s.id() + "/feedback", "Feedback on this session"));
            link.setId("session-feedback");
        }
        return link;
    }

    static Component[] attendees(SessionDetails s) {
        var list = new Div(new H3("Who comes"), muted(s.attendanceSummary()));
        s.attendees().forEach(a -> list.add(new Div(new Span(a.name() + " · " + a.answer()))));
        return list.getChildren().toArray(Component[]::new);
    }

    private static Paragraph line(String label, String value) {
        return labelled(label, new Span(value));
    }

    private static Paragraph labelled(String label, Component value) {
        var l = new Span(label + ": ");
        l.getStyle().set("font-weight", "600");
        var p = new Paragraph(l, value);
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return p;
    }

    /** Keeps the line breaks people typed. */
    private static Paragraph multiline(String text) {
        var p = new Paragraph(text);
        p.getStyle().set("white-space", "pre-line");
        return p;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("planner-muted");
        return p;
    }
}
