package org.peerplanner.web.mentoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentorshipPage;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Save;

/** Ending is normal: a private reason if you like, and the other person gets a kind, neutral word. */
class EndDialog extends Dialog {

    final Checkbox goalReached = new Checkbox("We reached the goal");
    final TextArea reason = new TextArea("Why (only you will see this)");
    final Button end = new Button("End mentorship");
    private final FieldMessages fields = new FieldMessages();

    EndDialog(Mentorships mentorships, Actor actor, MentorshipPage page, String partner, Runnable after) {
        setHeaderTitle("End the mentorship");
        reason.setMaxLength(500);
        reason.setWidthFull();
        fields.bind("note", reason);
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.addClickListener(e -> {
            if (Save.run(() -> mentorships.end(actor, page.id(), page.version(), goalReached.getValue(),
                    reason.getValue()), fields::show, "The mentorship has ended. Thanks for the time together.")) {
                close();
                after.run();
            }
        });
        add(new Paragraph(partner + " will read that you have ended the mentorship, and thanks for the time together; "
                + "nothing more. Nothing about it appears on anyone's profile."), goalReached, reason);
        getFooter().add(new Button("Keep it", e -> close()), end);
        setWidth("min(32em, 95vw)");
    }
}
