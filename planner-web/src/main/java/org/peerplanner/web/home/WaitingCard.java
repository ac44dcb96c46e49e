package org.peerplanner.web.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.session.MySession;
import org.peerplanner.domain.session.MySessions;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.WaitingForAnswer;
import org.peerplanner.web.common.Save;

/**
 * "Waiting for my answer": sessions I am proposed to lead, swaps I could take and RSVPs I owe, each answered
 * right here through the session service; an answered item leaves the list.
 */
class WaitingCard extends HomeCard {

    private final MySessions mine;
    private final AttendanceService attendance;
    private final FacilitationService facilitation;
    private final SwapService swaps;
    private final Actor actor;
    private final Runnable changed;

    /** {@code changed} runs after every answer, so the rest of Home follows. */
    WaitingCard(MySessions mine, FacilitationService facilitation, SwapService swaps, AttendanceService attendance,
                Actor actor, Runnable changed) {
        super("Waiting for my answer", "waiting-for-me");
        this.mine = mine;
        this.attendance = attendance;
        this.facilitation = facilitation;
        this.swaps = swaps;
        this.actor = actor;
        this.changed = changed;
        refresh();
    }

    void refresh() {
        clear();
        WaitingForAnswer waiting = mine.waitingFor(actor);
        if (waiting.isEmpty()) {
            add(new Paragraph("Nothing waits for you. Thank you for answering!"));
            return;
        }
        group("Will you lead these?", waiting.toLead(), s -> s, s -> List.of(
                button("Accept", s, true, () -> facilitation.accept(actor, s.id()), "You lead “" + s.title() + "”. Thank you!"),
                button("Decline", s, false, () -> facilitation.decline(actor, s.id()), "Declined: the next person is asked.")));
        group("Swaps you could take", waiting.swaps(), WaitingForAnswer.SwapOffer::session, o -> {
            var asked = new Span(o.askedBy() + " asks" + (o.reason() == null ? "" : ": “" + o.reason() + "”"));
            asked.addClassName("planner-muted");
            return List.of(asked, button("Take it", o.session(), true, () -> swaps.takeSwap(actor, o.session().id()),
                    "You lead “" + o.session().title() + "” now. Thank you!"));
        });
        group("Will you come?", waiting.rsvps(), s -> s, s -> List.of(
                button("Yes", s, true, () -> attendance.answer(actor, s.id(), Rsvp.YES), "See you there."),
                button("No", s, false, () -> attendance.answer(actor, s.id(), Rsvp.NO), "Noted: you will not come.")));
    }

    private <T> void group(String title, List<T> list, Function<T, MySession> session,
                           Function<T, List<Component>> actions) {
        if (list.isEmpty()) {
            return;
        }
        var group = new Div(new H4(title));
        list.forEach(item -> group.add(line(session(session.apply(item)), actions.apply(item).toArray(Component[]::new))));
        add(group);
    }

    private Button button(String text, MySession s, boolean primary, Runnable action, String done) {
        var button = new Button(text, e -> answer(action, done));
        button.setAriaLabel(text + ": " + s.title() + ", " + s.start().format(WHEN));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void answer(Runnable action, String done) {
        Save.run(action, Save.FieldProblems.NONE, done);
        refresh();
        changed.run();
    }
}
