package org.peerplanner.web.roundtable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.peerplanner.domain.roundtable.RoundtableRules;
import org.peerplanner.domain.roundtable.TopicCandidate;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.common.Save;

/** Proposes someone's problem as a topic, typed or from a candidate; it counts once they agree. */
public class ProposeTopicDialog extends Dialog {

    final ComboBox<Option> presenter = new ComboBox<>("Who would bring it");
    final TextField problem = new TextField("The problem, in one line");
    final Button save = new Button("Ask them");
    private final FieldMessages messages = new FieldMessages();

    ProposeTopicDialog(List<Option> members, TopicCandidate from, Consumer<ProposeTopicDialog> step, Runnable after) {
        setHeaderTitle("Propose a topic");
        add(new Paragraph("They are asked in their notifications and decide whether to bring it."));
        presenter.setItems(members);
        presenter.setItemLabelGenerator(Option::label);
        problem.setMaxLength(RoundtableRules.PROBLEM_MAX);
        problem.setWidthFull();
        if (from != null) {
            members.stream().filter(o -> o.id() == from.personId()).findFirst().ifPresent(presenter::setValue);
            problem.setValue(from.problem());
        }
        messages.bind("personId", presenter).bind("problem", problem);
        add(presenter, problem);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (Save.run(() -> step.accept(this), messages::show)) {
                close();
                after.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
