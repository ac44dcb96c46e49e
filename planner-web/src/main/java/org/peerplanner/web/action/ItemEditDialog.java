package org.peerplanner.web.action;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.common.Save;

/** Changes an item's description, owner or due date; on a conflict the typed values stay in the form. */
class ItemEditDialog extends Dialog {

    final TextField description = new TextField("Action item");
    final ComboBox<Option> owner = new ComboBox<>("Owner");
    static final String UNREADABLE_DUE =
            "That is not a date: pick one from the calendar, or leave it empty for the team's next session.";

    final DatePicker due = DateFields.picker("Due");
    final Button save = new Button("Save");

    ItemEditDialog(ActionItemView item, List<Option> members, Consumer<ActionItemDraft> step, Runnable after) {
        setHeaderTitle("Edit action item");
        description.setMaxLength(500);
        description.setValue(item.description());
        description.setWidthFull();
        owner.setItems(members);
        owner.setItemLabelGenerator(Option::label);
        members.stream().filter(m -> m.id() == item.ownerId()).findFirst().ifPresent(owner::setValue);
        due.setValue(item.dueOn());
        var messages = new FieldMessages().bind("description", description).bind("ownerId", owner).bind("dueOn", due);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (DateFields.refuseUnreadable(due, UNREADABLE_DUE)) {
                return;
            }
            if (Save.run(() -> step.accept(new ActionItemDraft(description.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), due.getValue())), messages::show)) {
                close();
                Notices.done("Saved.");
                after.run();
            }
        });
        var form = new FormLayout(description, owner, due);
        form.setColspan(description, 2);
        add(form);
        setWidth("min(640px, 95vw)");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
