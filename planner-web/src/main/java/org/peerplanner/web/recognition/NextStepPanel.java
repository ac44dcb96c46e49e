package org.peerplanner.web.recognition;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.recognition.NextStep;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.gap.GapsView;
import org.peerplanner.web.knowledge.KnowledgeBaseView;
import org.peerplanner.web.mentoring.MyMentoringView;
import org.peerplanner.web.session.SessionView;
import org.peerplanner.web.session.SessionsView;

/**
 * "Your next step": one suggestion, said plainly, with the one thing to do about it. Co-facilitation is offered right
 * here through the facilitation service; the other steps lead to the page where they are done.
 */
public class NextStepPanel extends Div {

    final Span headline = new Span();
    final Paragraph text = new Paragraph();
    final Button offer = new Button("Offer to co-facilitate");

    public NextStepPanel(NextStep step, Actor actor, FacilitationService facilitation) {
        addClassName("planner-next-step");
        setId("next-step");
        headline.setText(step.headline());
        headline.getStyle().set("font-weight", "600");
        text.setText(step.text());
        add(new Div(headline), text);
        switch (step.kind()) {
            case CO_FACILITATE -> {
                offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                offer.addClickListener(e -> Save.run(() -> facilitation.coFacilitate(actor, step.sessionId()),
                        Save.FieldProblems.NONE).ifPresent(details -> {
                            offer.setEnabled(false);
                            text.setText("Thank you: you co-facilitate “" + details.title() + "”. Talk to its facilitator "
                                    + "about which part you take.");
                        }));
                add(offer, link("See the session", SessionView.class, "sessionId", step.sessionId()));
            }
            case WATCH_FOR_CO_FACILITATION, LEAD_FIRST_SESSION -> add(link("Sessions", SessionsView.class));
            case LEAD_DEEP_DIVE -> add(link("Open the gap", GapsView.class, "gapId", step.gapId()));
            case MENTOR -> add(link("Offer mentoring on My mentoring", MyMentoringView.class));
            case WRITE_IT_DOWN -> add(link("Knowledge base", KnowledgeBaseView.class));
        }
    }

    private static RouterLink link(String text, Class<? extends com.vaadin.flow.component.Component> view) {
        var link = new RouterLink(text, view);
        link.addClassName("planner-text-link");
        return link;
    }

    private static RouterLink link(String text, Class<? extends com.vaadin.flow.component.Component> view,
                                   String parameter, Long id) {
        var link = new RouterLink(text, view, new RouteParameters(parameter, String.valueOf(id)));
        link.addClassName("planner-text-link");
        link.getStyle().set("margin-left", "var(--lumo-space-m)");
        return link;
    }
}
