package org.peerplanner.web.action;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.common.Save;

/** A manager writes down a follow-up for a gap without waiting for a session; it comes up at the next one. */
class GapItemDialog extends Dialog {

    final ComboBox<Option> gap = new ComboBox<>("Gap");
    final TextField description = new TextField("Action item");
    final ComboBox<Option> owner = new ComboBox<>("Owner");
    final DatePicker due = DateFields.picker("Due");
    final Button save = new Button("Add action item");

    GapItemDialog(Actor actor, ActionItemService actions, List<Option> gaps, List<Option> members, Runnable after) {
        setHeaderTitle("Action item for a gap");
        setWidth("min(640px, 95vw)");
        gap.setItems(gaps);
        gap.setItemLabelGenerator(Option::label);
        gap.setRequiredIndicatorVisible(true);
        description.setMaxLength(500);
        owner.setItems(members);
        owner.setItemLabelGenerator(Option::label);
        due.setHelperText("Empty: by the team's next session");
        var messages = new FieldMessages().bind("description", description).bind("ownerId", owner).bind("dueOn", due);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (gap.getValue() == null) {
                gap.setErrorMessage("Choose the gap it is for.");
                gap.setInvalid(true);
                return;
            }
            gap.setInvalid(false);
            if (DateFields.refuseUnreadable(due, ItemEditDialog.UNREADABLE_DUE)) {
                return;
            }
            if (Save.run(() -> actions.raiseForGap(actor, gap.getValue().id(), new ActionItemDraft(description.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), due.getValue())), messages::show).isPresent()) {
                close();
                Notices.done("Added: it comes up at the team's next session.");
                after.run();
            }
        });
        var form = new FormLayout(gap, description, owner, due);
        form.setColspan(gap, 2);
        form.setColspan(description, 2);
        add(gaps.isEmpty() ? new Paragraph("The team has no open gaps.") : form);
        save.setEnabled(!gaps.isEmpty());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
