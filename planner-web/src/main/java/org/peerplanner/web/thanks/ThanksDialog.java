package org.peerplanner.web.thanks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.thanks.SayThanks;
import org.peerplanner.domain.thanks.Teammate;
import org.peerplanner.domain.thanks.Thanks;
import org.peerplanner.domain.thanks.ThanksFor;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;

/**
 * Thanks a teammate for one thing: a held session, an article, or help in the giver's words. A refusal (a cap, a
 * missing reason) is said in the dialog, which stays open with everything typed.
 */
public class ThanksDialog extends Dialog {

    /** What the thank-you is for: a subject of the kind, or (HELP) the giver's words. */
    public record For(Long teamId, ThanksFor what, Long subjectId, String title) {

        static For help(Long teamId) {
            return new For(teamId, ThanksFor.HELP, null, null);
        }
    }

    final Select<Teammate> receiver = new Select<>();
    final TextField about = new TextField("What did they help you with?");
    final TextArea reason = new TextArea("Why do you thank them?");
    final Paragraph refusal = new Paragraph();
    final Button send = new Button("Send thanks");
    final Button dismiss = new Button("Cancel", e -> close());

    public ThanksDialog(Thanks thanks, Actor actor, For what, List<Teammate> people, Long preselected) {
        setHeaderTitle("Say thanks");
        receiver.setLabel("Whom do you thank?");
        receiver.setItems(people);
        receiver.setItemLabelGenerator(Teammate::name);
        people.stream().filter(p -> preselected != null && p.personId() == preselected).findFirst()
                .ifPresent(receiver::setValue);
        receiver.setReadOnly(people.size() == 1 && receiver.getValue() != null);
        about.setVisible(!what.what().hasSubject());
        about.setWidthFull();
        reason.setWidthFull();
        reason.setMinHeight("7em");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setHelperText("What it made possible for you, in at most " + Thanks.MAX_REASON + " characters.");
        reason.addValueChangeListener(e -> reason.setHelperText(e.getValue().length() + " of " + Thanks.MAX_REASON
                + " characters"));
        refusal.addClassName("planner-problem");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        var messages = new FieldMessages().bind("receiverId", receiver).bind("about", about).bind("reason", reason);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            refusal.setVisible(false);
            var to = receiver.getValue();
            var say = new SayThanks(what.teamId(), to == null ? null : to.personId(), what.what(), what.subjectId(),
                    about.getValue(), reason.getValue());
            Save.run(() -> thanks.give(actor, say), problem -> {
                String rest = messages.show(problem);
                refusal.setText(rest);
                refusal.setVisible(!rest.isBlank());
                return null;
            }).ifPresent(id -> {
                close();
                Notices.done("Your thanks went to " + to.name() + ".");
            });
        });
        var forText = new Paragraph(what.what().hasSubject()
                ? "For " + what.what().label().replaceFirst("^an? ", "the ") + ": " + what.title() : "");
        forText.setVisible(what.what().hasSubject());
        add(forText, receiver, about, reason, refusal);
        setWidth("min(34em, 95vw)");
        getFooter().add(dismiss, send);
    }
}
