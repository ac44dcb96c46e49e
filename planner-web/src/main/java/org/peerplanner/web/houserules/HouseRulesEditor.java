package org.peerplanner.web.houserules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.peerplanner.domain.common.InvalidInputException;

/** The Markdown of the house rules in a text area, with Save and Cancel; the view runs the save. */
class HouseRulesEditor extends VerticalLayout {

    final TextArea markdown = new TextArea("House rules (Markdown)");
    final Button save = new Button("Save house rules");
    final Button cancel = new Button("Cancel");

    HouseRulesEditor(String text) {
        setPadding(false);
        markdown.setValue(text);
        markdown.setWidthFull();
        markdown.setMinHeight("20em");
        markdown.setHelperText("Headings with #, lists with -, **bold**. Scripts and other active markup are removed.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(markdown, new HorizontalLayout(save, cancel));
    }

    /** Puts a refusal of the text next to it; anything else goes to a notice. */
    String showProblem(InvalidInputException problem) {
        String message = problem.fieldErrors().get("markdown");
        if (message == null) {
            return problem.getMessage();
        }
        markdown.setErrorMessage(message);
        markdown.setInvalid(true);
        return "";
    }
}
