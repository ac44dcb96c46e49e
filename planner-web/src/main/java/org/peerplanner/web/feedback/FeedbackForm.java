package org.peerplanner.web.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Predicate;
import org.peerplanner.domain.feedback.FeedbackAnswer;

/**
 * The short form after a session: how useful (1 to 5) and one line on what the person will use. It knows nothing
 * of services: {@code send} runs the command and says whether it worked, so the form is tested without Spring.
 */
public class FeedbackForm extends VerticalLayout {

    static final List<String> SCALE = List.of("1 · not useful", "2", "3", "4", "5 · very useful");

    final RadioButtonGroup<Integer> usefulness = new RadioButtonGroup<>("How useful was the session for you?");
    final TextField willUse = new TextField("What will you use? (optional, one line)");
    final Button send = new Button("Send feedback");

    public FeedbackForm(Predicate<FeedbackAnswer> sender) {
        setPadding(false);
        usefulness.setItems(1, 2, 3, 4, 5);
        usefulness.setItemLabelGenerator(score -> SCALE.get(score - 1));
        usefulness.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        usefulness.setRequiredIndicatorVisible(true);
        willUse.setMaxLength(200);
        willUse.setWidthFull();
        willUse.setPlaceholder("e.g. feature flags for the next rollout");
        var anonymous = new Paragraph("Anonymous: the facilitator sees how useful people found it and the lines, never"
                + " who wrote them, and nothing before three people have answered.");
        anonymous.addClassName("planner-muted");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            usefulness.setInvalid(false);
            if (usefulness.getValue() == null) {
                usefulness.setErrorMessage("Choose how useful the session was, from 1 to 5.");
                usefulness.setInvalid(true);
                return;
            }
            if (sender.test(new FeedbackAnswer(usefulness.getValue(), willUse.getValue()))) {
                setEnabled(false);
            }
        });
        add(usefulness, willUse, anonymous, send);
    }
}
