package org.peerplanner.web.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for the note a step needs (why a gap closed, why an action item was dropped, what came of it) and runs the
 * step; a refused note keeps the text, and {@code after} refreshes the screen once the step is done.
 */
public class NoteDialog extends Dialog {

    public final TextArea note = new TextArea();
    public final Button confirm = new Button();
    /** Closes without the step; a dialog whose step is itself a cancelling calls it "Back" instead. */
    public final Button dismiss = new Button("Cancel", e -> close());

    public NoteDialog(String title, String noteLabel, String confirmLabel, Consumer<String> step) {
        this(title, noteLabel, confirmLabel, step, () -> { });
    }

    public NoteDialog(String title, String noteLabel, String confirmLabel, Consumer<String> step, Runnable after) {
        setHeaderTitle(title);
        note.setLabel(noteLabel);
        note.setWidth("28em");
        note.setMaxLength(1000);
        confirm.setText(confirmLabel);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            // A refused note stays open with its message; any other refusal closes it and refreshes the screen.
            boolean[] noteRefused = {false};
            Save.run(() -> step.accept(note.getValue()), problem -> {
                noteRefused[0] = true;
                note.setErrorMessage(problem.getMessage());
                note.setInvalid(true);
                return null;
            });
            if (!noteRefused[0]) {
                close();
                after.run();
            }
        });
        add(note);
        getFooter().add(dismiss, confirm);
    }
}
