package org.peerplanner.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;

/**
 * Confirms undoing "held" for a session marked so by mistake, saying what the service really does: the session is
 * upcoming again, the ledger loses what holding wrote (and the milestones that rested on it), while its gaps,
 * takeaways, materials and feedback requests stay. A refusal (someone else changed it, no longer allowed) is shown
 * and the page re-read.
 */
class SetBackDialog extends Dialog {

    final Button confirm = new Button("Set back");
    final Button dismiss = new Button("Back", e -> close());

    SetBackDialog(SessionDetails s, Supplier<SessionDetails> step, Consumer<SessionDetails> show, Runnable reload) {
        setHeaderTitle("Set back “" + s.title() + "”?");
        add(new Paragraph("Use this when the session was marked held by mistake. It becomes upcoming again ("
                + (s.facilitator() == null ? "planned" : "planned, or confirmed if its invite went out")
                + "), so it can be held or wrapped up later."));
        add(new UnorderedList(
                new ListItem("The contributions its holding recorded are removed from the ledger: leading and"
                        + " co-leading it, and pairing in it. Milestones that rested on them disappear with them."),
                new ListItem("Its gaps stay addressed: reopen a gap on its own page if it should be."),
                new ListItem("Takeaways and materials are kept. Attendance is proposed afresh from the answers when"
                        + " it is held again. Feedback already asked for is not withdrawn.")));
        confirm.setId("set-back-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            close();
            Save.run(step, Save.FieldProblems.NONE).ifPresentOrElse(changed -> {
                show.accept(changed);
                Notices.done("Set back: the session is " + changed.status().label().toLowerCase(Locale.ROOT)
                        + " again and its contributions are off the ledger.");
            }, reload);
        });
        getFooter().add(dismiss, confirm);
    }
}
