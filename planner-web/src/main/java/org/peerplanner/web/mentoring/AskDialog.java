package org.peerplanner.web.mentoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentoringAsk;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Save;

/** "Ask to be mentored": what the mentee wants to learn, a message, and how often. */
class AskDialog extends Dialog {

    final TextField goal = new TextField("What do you want to learn?");
    final TextArea message = new TextArea("Message");
    final Select<Rhythm> rhythm = new Select<>();
    final Button send = new Button("Send request");
    private final FieldMessages fields = new FieldMessages();

    AskDialog(MentoringRequests requests, Actor actor, long mentorId, String mentorName, String suggestedGoal,
              Runnable after) {
        setHeaderTitle("Ask " + mentorName + " to mentor you");
        goal.setMaxLength(80);
        goal.setHelperText("A skill or a knowledge gap, in a few words");
        goal.setValue(suggestedGoal == null ? "" : suggestedGoal);
        goal.setWidthFull();
        message.setMaxLength(1000);
        message.setHelperText("What you hope to learn, and anything that helps them decide");
        message.setWidthFull();
        rhythm.setLabel("How often would you like to meet?");
        rhythm.setItems(Rhythm.values());
        rhythm.setItemLabelGenerator(Rhythm::label);
        rhythm.setValue(Rhythm.BIWEEKLY);
        fields.bind("goal", goal).bind("message", message).bind("rhythm", rhythm);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (Save.run(() -> requests.ask(actor, new MentoringAsk(mentorId, goal.getValue(), message.getValue(),
                    rhythm.getValue())), fields::show, "Request sent to " + mentorName + ".")) {
                close();
                after.run();
            }
        });
        add(goal, message, rhythm);
        getFooter().add(new Button("Cancel", e -> close()), send);
        setWidth("min(32em, 95vw)");
    }
}
