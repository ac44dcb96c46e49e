package org.peerplanner.web.mentoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.RequestRow;
import org.peerplanner.web.common.NoteDialog;
import org.peerplanner.web.common.Save;

/** One request with the answers the viewer may give now; which ones comes from the request's flags. */
class RequestCard extends Div {

    final Button accept = new Button("Accept");
    final Button askForMore = new Button("Ask for more");
    final Button decline = new Button("Decline");
    final Button answer = new Button("Answer");
    final Button withdraw = new Button("Take back");

    RequestCard(MentoringRequests requests, Actor actor, RequestRow request, LocalDate today, Runnable after) {
        addClassName("planner-request-card");
        getStyle().set("border-left", "3px solid var(--lumo-primary-color)").set("padding-left", "var(--lumo-space-m)");
        String who = request.viewerIsMentor() ? request.menteeName() : request.mentorName();
        add(new H4(who + " · " + request.goal()), new Paragraph(request.statusText() + " · " + request.rhythm().label()),
                new Paragraph(request.message()));
        if (request.question() != null) {
            add(new Paragraph("Question: " + request.question()));
        }
        if (request.answer() != null) {
            add(new Paragraph("Answer: " + request.answer()));
        }
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> new AcceptDialog(requests, actor, request, today).open());
        askForMore.addClickListener(e -> new NoteDialog("Ask " + who + " for more", "Your question", "Send question",
                note -> requests.askForMore(actor, request.id(), note), after).open());
        decline.addClickListener(e -> {
            var dialog = new NoteDialog("Decline kindly", "A note for " + who + " (optional)", "Decline",
                    note -> requests.decline(actor, request.id(), note), after);
            dialog.note.setValue(MentoringRequests.STOCK_DECLINE);
            dialog.open();
        });
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(e -> new NoteDialog("Answer " + who, "Your answer", "Send answer",
                note -> requests.answer(actor, request.id(), note), after).open());
        withdraw.addClickListener(e -> {
            if (Save.run(() -> requests.withdraw(actor, request.id()), Save.FieldProblems.NONE, "Request taken back.")) {
                after.run();
            }
        });
        accept.setVisible(request.viewerMayAccept());
        askForMore.setVisible(request.viewerMayAskForMore());
        decline.setVisible(request.viewerMayDecline());
        answer.setVisible(request.viewerMayAnswer());
        withdraw.setVisible(request.viewerMayWithdraw());
        var buttons = new HorizontalLayout(accept, askForMore, decline, answer, withdraw);
        buttons.setWrap(true);
        add(buttons);
    }
}
