package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionDetails;

/** The buttons of a session page; each shows only when the session's permissions let the viewer use it. */
class SessionButtons extends Div {

    final Button accept = new Button("Accept: I'll lead it");
    final Button decline = new Button("Decline");
    final Button volunteer = new Button("Volunteer to lead");
    final Button requestSwap = new Button("Ask for a swap");
    final Button takeSwap = new Button("Take this session over");
    final Button yes = new Button("I'll come");
    final Button maybe = new Button("Maybe");
    final Button no = new Button("Can't come");
    final Button edit = new Button("Edit");
    final Button hold = new Button("Mark as held…");
    final Button cancel = new Button("Cancel session…");
    final Button takeaways = new Button("Record takeaways…");
    final Button setBack = new Button("Set back…");
    final Button writeArticle = new Button("Write an article");

    SessionButtons() {
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        volunteer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        takeSwap.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        writeArticle.setId("write-article");
        setBack.setId("set-back");
        setBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(accept, decline, volunteer, requestSwap, takeSwap, yes, maybe, no, edit, hold, cancel, takeaways, writeArticle,
                setBack);
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-m) 0");
    }

    void show(SessionDetails s, boolean alreadyWrittenUp) {
        var may = s.viewerMay();
        accept.setVisible(may.accept());
        decline.setVisible(may.decline());
        volunteer.setVisible(may.volunteer());
        requestSwap.setVisible(may.requestSwap());
        takeSwap.setVisible(may.takeSwap());
        yes.setVisible(may.answer());
        maybe.setVisible(may.answer());
        no.setVisible(may.answer());
        showAnswer(s.viewerRsvp());
        edit.setVisible(may.edit());
        hold.setVisible(may.hold());
        cancel.setVisible(may.cancel());
        takeaways.setVisible(may.recordTakeaways());
        setBack.setVisible(may.setBack());
        writeArticle.setVisible(s.viewerMayWriteArticle());
        writeArticle.setText(alreadyWrittenUp ? "Write another article" : "Write an article");
    }

    /** The answer given stands out, so people see what they said without scrolling to the list. */
    private void showAnswer(Rsvp given) {
        Map.of(yes, Rsvp.YES, maybe, Rsvp.MAYBE, no, Rsvp.NO).forEach((button, rsvp) -> {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (rsvp == given) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(rsvp == given));
        });
    }
}
