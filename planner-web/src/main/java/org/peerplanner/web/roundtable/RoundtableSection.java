package org.peerplanner.web.roundtable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.peerplanner.domain.roundtable.PresenterSlot;
import org.peerplanner.domain.roundtable.RoundtablePage;
import org.peerplanner.domain.roundtable.TopicCandidate;
import org.peerplanner.web.common.Badge;

/**
 * The roundtable part of a session page: the facilitation prompts, the presenters and their one-line problems, and
 * the buttons the viewer may use (bring a problem, agree or say no when asked, propose a topic, wrap up). Someone
 * who does not attend sees only that it is confidential, and a slot they are asked to fill.
 */
public class RoundtableSection extends Div {

    final Button bring = new Button("Bring a problem…");
    final Button propose = new Button("Propose a topic…");
    final Button wrapUp = new Button("Wrap up the roundtable…");
    final UnorderedList prompts = new UnorderedList();
    final List<SlotRow> slots = new ArrayList<>();
    final List<Button> proposeCandidate = new ArrayList<>();

    /** What a presenter row can do, for the section's owner to wire. */
    interface SlotActions {
        void agree(PresenterSlot slot);

        void withdraw(PresenterSlot slot);
    }

    RoundtableSection(RoundtablePage page, SlotActions actions, Consumer<TopicCandidate> proposeFrom) {
        setId("roundtable");
        add(new H3("Peer roundtable"));
        var confidential = new Paragraph(page.notesWithheld()
                ? "This roundtable is confidential: what is brought and said stays with the people who attend. "
                        + "Answer \u201cYes\u201d to join and see its presenters and notes."
                : "Confidential: the problems, notes and takeaways stay with the people who attend. Calendars "
                        + "and invites show only \u201cPeer roundtable\u201d.");
        confidential.setId("roundtable-confidential");
        add(confidential);
        if (!page.notesWithheld()) {
            prompts.setId("roundtable-prompts");
            page.prompts().forEach(p -> prompts.add(new ListItem(p)));
            add(new Span("Prompts for the room"), prompts);
        }
        page.presenters().forEach(slot -> {
            var row = new SlotRow(slot, actions);
            slots.add(row);
            add(row);
        });
        if (!page.notesWithheld() && page.presenters().isEmpty()) {
            add(new Paragraph("No presenters yet: one to three members bring a current problem."));
        }
        if (!page.candidates().isEmpty()) {
            add(new Span("Problems that could be brought (the person is asked first):"));
            page.candidates().forEach(c -> {
                var button = new Button("Propose", e -> proposeFrom.accept(c));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                button.setAriaLabel("Propose " + c.personName() + "'s problem");
                proposeCandidate.add(button);
                add(new Div(new Span(c.personName() + ": " + c.problem()
                        + (c.origin() == null || c.origin().label() == null ? "" : " (" + c.origin().label() + ")")), button));
            });
        }
        bring.setVisible(page.viewerMayBring());
        propose.setVisible(page.viewerMayPropose());
        wrapUp.setVisible(page.viewerMayWrapUp());
        wrapUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(bring, propose, wrapUp));
    }

    /** One presenter: name, problem, whether they agreed yet, and the buttons the viewer may use. */
    static class SlotRow extends Div {

        final PresenterSlot slot;
        final Button agree = new Button("Agree to present");
        final Button withdraw;

        SlotRow(PresenterSlot slot, SlotActions actions) {
            this.slot = slot;
            addClassName("planner-card");
            add(new Div(new Span(slot.name() + ": " + slot.problem())));
            if (!slot.agreed()) {
                add(Badge.of("Waiting for " + slot.name() + " to agree", Badge.Tone.WARNING));
            }
            if (slot.origin() != null) {
                add(new Div(new Span("From " + slot.origin())));
            }
            agree.setVisible(slot.viewerMayAgree());
            agree.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            agree.addClickListener(e -> actions.agree(slot));
            withdraw = new Button(slot.viewerMayAgree() ? "Say no" : "Remove", e -> actions.withdraw(slot));
            withdraw.setVisible(slot.viewerMayWithdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(new Div(agree, withdraw));
        }
    }
}
