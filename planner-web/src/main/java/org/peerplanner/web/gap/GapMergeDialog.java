package org.peerplanner.web.gap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import org.peerplanner.domain.gap.GapBoardService.MergeTarget;
import org.peerplanner.domain.gap.GapDetails;

/** Merges the shown gap into another one the team keeps; {@code merge} gets the gap to keep and the note. */
class GapMergeDialog extends Dialog {

    GapMergeDialog(GapDetails duplicate, List<MergeTarget> targets, BiConsumer<Long, String> merge) {
        setHeaderTitle("Merge “" + duplicate.title() + "” into another gap");
        var target = new ComboBox<MergeTarget>("Keep this gap");
        target.setWidth("32em");
        target.setItems(targets);
        target.setItemLabelGenerator(MergeTarget::label);
        var note = new TextField("Note (optional)");
        note.setWidth("32em");
        var confirm = new Button("Merge", e -> {
            if (target.getValue() == null) {
                target.setErrorMessage("Choose the gap to keep.");
                target.setInvalid(true);
                return;
            }
            merge.accept(target.getValue().id(), note.getValue());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("Votes, offers, tags and history move to the gap you keep; this one stays as a record "
                + "pointing to it."), target, note);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
