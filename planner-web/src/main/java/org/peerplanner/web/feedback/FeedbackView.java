package org.peerplanner.web.feedback;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.feedback.FeedbackPage;
import org.peerplanner.domain.feedback.FeedbackService;
import org.peerplanner.web.common.RouteLinks;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.security.CurrentUser;

/**
 * Feedback on one held session: the short form for those who came, and for the facilitator and the managers the
 * anonymous aggregate. The bell's question after a session leads here.
 */
@Route("sessions/:sessionId([0-9]+)/feedback")
@PageTitle("Session feedback · Peer Planner")
@PermitAll
public class FeedbackView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph notAsked = new Paragraph();
    FeedbackForm form;
    FeedbackSummaryPanel summary;

    private final FeedbackService feedback;
    private final Actor actor;

    public FeedbackView(FeedbackService feedback, CurrentUser user) {
        this.feedback = feedback;
        this.actor = user.actor();
        addClassName("planner-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            show(feedback.page(actor, id));
        } catch (NotFoundException e) {
            removeAll();
            // Built here rather than with NotFoundNotice: that needs the sessions view class, and feedback stays
            // below the session screens (which link here by address) to keep the web features free of cycles.
            var notFound = new Div(new H2("The session was not found"), new Paragraph("It does not exist, or it"
                    + " belongs to a team you are not in. Nothing was changed."), RouteLinks.to("sessions",
                    "Back to the sessions"));
            notFound.addClassName("planner-card");
            notFound.setId("not-found");
            add(notFound);
        }
    }

    private void show(FeedbackPage page) {
        removeAll();
        form = null; // the router reuses this view when only the session id changes
        summary = null;
        title.setText("Feedback: " + page.sessionTitle());
        add(title, RouteLinks.to("sessions/" + page.sessionId(), "Back to the session"));
        if (page.viewerMayAnswer()) {
            form = new FeedbackForm(answer -> Save.run(() -> feedback.give(actor, page.sessionId(), answer),
                    Save.FieldProblems.NONE, "Thank you: your answer was saved, without your name."));
            add(form);
        } else {
            notAsked.setText(page.notAskedBecause());
            add(notAsked);
        }
        if (page.summary() != null) {
            summary = new FeedbackSummaryPanel(page.summary());
            add(summary);
        }
    }
}
