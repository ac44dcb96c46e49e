package org.peerplanner.web.action;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.domain.action.AgendaItem;
import org.peerplanner.domain.action.Outcome;
import org.peerplanner.web.common.Badge;

/**
 * The session page's follow-up part: "how did it go?" for the items carried in from earlier sessions (with an
 * outcome control for those who may record one), the items raised at this session, and the wrap-up button.
 */
public class FollowUpSection extends Div {

    final Button wrapUp = new Button("Wrap up…");
    final List<OutcomeControl> controls = new ArrayList<>();

    FollowUpSection(List<AgendaItem> carriedIn, List<ActionItemView> raisedHere, boolean mayWrapUp,
                    boolean roundtable, OutcomeRecorder recorder) {
        setId("follow-up");
        wrapUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        wrapUp.setVisible(mayWrapUp);
        var carriedTitle = new H3(roundtable ? "How did it go? Commitments from the last roundtable"
                : "Open action items from earlier sessions");
        carriedTitle.setId("carried-in");
        add(carriedTitle);
        if (carriedIn.isEmpty()) {
            add(muted("Nothing carried over."));
        }
        carriedIn.forEach(a -> add(carriedRow(a, recorder)));
        add(new H3(roundtable ? "Commitments made at this roundtable" : "Action items from this session"));
        if (raisedHere.isEmpty()) {
            add(muted(mayWrapUp ? "None yet: add them in the wrap-up." : "None."));
        }
        raisedHere.forEach(i -> add(raisedRow(i)));
        add(wrapUp);
    }

    private Div carriedRow(AgendaItem a, OutcomeRecorder recorder) {
        ActionItemView item = a.item();
        var row = new Div();
        row.addClassName("planner-card");
        row.getStyle().set("margin", "var(--lumo-space-xs) 0");
        var title = new Div(new Span(item.description()));
        title.getStyle().set("font-weight", "600");
        var who = muted(item.ownerName() + " · from " + item.source());
        row.add(title, who, ItemCells.due(item, "Due " + item.dueOn().format(ItemCells.DUE)));
        if (item.sessionsOnAgenda() > 0) {
            row.add(muted(ItemCells.carried(item.sessionsOnAgenda())));
        }
        if (a.outcomeHere() != null) {
            var here = new Div(new Span("Here: "), ItemCells.outcome(a.outcomeHere()));
            if (a.noteHere() != null) {
                here.add(new Span(" " + a.noteHere()));
            }
            row.add(here);
        } else if (item.lastOutcome() != null) {
            row.add(new Div(new Span("Last time: "), ItemCells.outcome(item.lastOutcome()),
                    new Span(item.lastNote() == null ? "" : " " + item.lastNote())));
        }
        if (a.viewerMayRecord() && item.open()) {
            var control = new OutcomeControl(item, recorder);
            controls.add(control);
            row.add(control);
        }
        return row;
    }

    private static Div raisedRow(ActionItemView item) {
        var row = new Div(new Span(item.description() + " · " + item.ownerName() + " · due "
                + item.dueOn().format(ItemCells.DUE) + " "), ItemCells.status(item.status()));
        if (item.overdue()) {
            row.add(new Span(" "), Badge.of("Overdue", Badge.Tone.ERROR));
        }
        return row;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("planner-muted");
        p.getStyle().set("margin", "0");
        return p;
    }

    /** Records one outcome; implemented by the page so it can reload afterwards. */
    @FunctionalInterface
    interface OutcomeRecorder {
        /** Returns an error to show next to the note, or null when it was recorded. */
        String record(long itemId, Outcome outcome, String note);
    }

    /** "How did it go?" for one item: done, progressing, blocked or dropped, with a short note. */
    static final class OutcomeControl extends Div {
        final long itemId;
        final Select<Outcome> outcome = new Select<>();
        final TextField note = new TextField();
        final Button record = new Button("Record");

        OutcomeControl(ActionItemView item, OutcomeRecorder recorder) {
            this.itemId = item.id();
            outcome.setItems(Outcome.recordable());
            outcome.setItemLabelGenerator(Outcome::label);
            outcome.setPlaceholder("How did it go?");
            outcome.setAriaLabel("How did it go?");
            note.setPlaceholder("Short note (needed to drop)");
            note.setAriaLabel("Note");
            note.setMaxLength(1000);
            note.setWidth("22em");
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            record.addClickListener(e -> {
                if (outcome.getValue() == null) {
                    outcome.setErrorMessage("Choose how it went.");
                    outcome.setInvalid(true);
                    return;
                }
                String problem = recorder.record(itemId, outcome.getValue(), note.getValue());
                if (problem != null) {
                    note.setErrorMessage(problem);
                    note.setInvalid(true);
                }
            });
            getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                    .set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-xs)");
            add(outcome, note, record);
        }
    }
}
