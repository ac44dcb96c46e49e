package org.peerplanner.web.action;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.action.ActionItemStatus;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.domain.action.Outcome;
import org.peerplanner.web.common.Badge;

/** How an item's due date, status and history look wherever items are listed. */
final class ItemCells {

    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DUE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ItemCells() {
    }

    /** The due date, with an "Overdue" badge when it has passed on an open item. */
    /** For grid cells: the short date. */
    static Component due(ActionItemView item) {
        return due(item, item.dueOn().format(SHORT_DUE));
    }

    static Component due(ActionItemView item, String text) {
        var date = new Span(text);
        date.getStyle().set("white-space", "nowrap");
        var box = new Div(date);
        if (item.overdue()) {
            var badge = Badge.of("Overdue", Badge.Tone.ERROR);
            badge.addClassName("overdue");
            badge.getStyle().set("margin-left", "var(--lumo-space-s)");
            box.add(badge);
        }
        return box;
    }

    static Span status(ActionItemStatus status) {
        return Badge.of(status.label(), switch (status) {
            case OPEN -> Badge.Tone.NEUTRAL;
            case DONE -> Badge.Tone.SUCCESS;
            case DROPPED -> Badge.Tone.WARNING;
        });
    }

    static Span outcome(Outcome outcome) {
        return Badge.of(outcome.label(), switch (outcome) {
            case DONE -> Badge.Tone.SUCCESS;
            case BLOCKED -> Badge.Tone.ERROR;
            case DROPPED -> Badge.Tone.WARNING;
            case PROGRESSING, REOPENED -> Badge.Tone.NEUTRAL;
        });
    }

    /** "Carried over twice" and the latest answer with its note, or the closing note. */
    static Component history(ActionItemView item) {
        var box = new Div();
        if (item.lastOutcome() != null) {
            box.add(outcome(item.lastOutcome()));
        }
        String note = item.closeNote() != null ? item.closeNote() : item.lastNote();
        if (note != null) {
            var text = new Span(" " + note);
            text.addClassName("planner-muted");
            box.add(text);
        }
        if (item.sessionsOnAgenda() > 0) {
            var carried = new Div(carried(item.sessionsOnAgenda()));
            carried.addClassName("planner-muted");
            box.add(carried);
        }
        return box;
    }

    static String carried(long sessions) {
        return sessions == 1 ? "On the agenda of 1 later session"
                : "On the agenda of " + sessions + " later sessions";
    }
}
