package org.peerplanner.web.gap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.web.common.Notices;

/** Asks for the note a lifecycle step needs (why it closed, why it was declined) and runs the step. */
class NoteDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button confirm = new Button();

    NoteDialog(String title, String noteLabel, String confirmLabel, Consumer<String> step) {
        setHeaderTitle(title);
        note.setLabel(noteLabel);
        note.setWidth("28em");
        note.setMaxLength(1000);
        confirm.setText(confirmLabel);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                step.accept(note.getValue());
                close();
            } catch (InvalidInputException problem) {
                note.setErrorMessage(problem.getMessage());
                note.setInvalid(true);
            } catch (ConflictException | NotPermittedException | NotFoundException problem) {
                Notices.problem(problem.getMessage());
                close();
            }
        });
        add(note);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
