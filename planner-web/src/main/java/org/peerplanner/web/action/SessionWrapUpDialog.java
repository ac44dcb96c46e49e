package org.peerplanner.web.action;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.SessionWrapUp;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.session.SessionAttendance.Presence;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.common.Save;

/**
 * The facilitator's wrap-up in one place: who came (ticked from the answers: those who said yes and those who lead),
 * takeaways, action items (several rows, owner from the team, due by
 * the team's next session unless changed) and material links. Saved together or not at all; a refusal marks
 * the fields concerned and keeps everything typed.
 */
public class SessionWrapUpDialog extends Dialog {

    final CheckboxGroup<Presence> cameToIt = new CheckboxGroup<>("Who came");
    final TextArea takeaways = new TextArea("Takeaways");
    final VerticalLayout itemRows = new VerticalLayout();
    final VerticalLayout materialRows = new VerticalLayout();
    final Button addItem = new Button("Add action item", VaadinIcon.PLUS.create());
    final Button addMaterial = new Button("Add link", VaadinIcon.PLUS.create());
    final Button save = new Button("Save wrap-up");
    final List<ItemRowFields> items = new ArrayList<>();
    final List<MaterialRowFields> materials = new ArrayList<>();

    private final List<Option> members;
    private final LocalDate defaultDue;
    private final FieldMessages messages = new FieldMessages();

    public SessionWrapUpDialog(SessionDetails session, List<Option> members, LocalDate defaultDue,
                               List<Presence> presence, Function<SessionWrapUp, SessionDetails> step, Runnable after) {
        this.members = members;
        this.defaultDue = defaultDue;
        setHeaderTitle("Wrap up: " + session.title());
        setWidth("min(960px, 96vw)");
        takeaways.setWidthFull();
        takeaways.setMaxLength(8000);
        takeaways.setMinHeight("7em");
        takeaways.setPlaceholder("What did the team take away?");
        takeaways.setValue(session.takeaways() == null ? "" : session.takeaways());
        messages.bind("takeaways", takeaways);
        cameToIt.setItems(presence);
        cameToIt.setItemLabelGenerator(p -> p.name() + " (" + p.answer().toLowerCase() + ")");
        cameToIt.setValue(presence.stream().filter(Presence::present).collect(Collectors.toSet()));
        cameToIt.setHelperText("Ticked: those who said yes and those who lead. Untick who did not come, tick who"
                + " came anyway; it counts toward participation, and those who came are asked for feedback.");
        messages.bind("attended", cameToIt);
        itemRows.setPadding(false);
        materialRows.setPadding(false);
        addItem.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addMaterial.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addItem.addClickListener(e -> addItemRow());
        addMaterial.addClickListener(e -> addMaterialRow(null));
        addItemRow();
        session.materials().forEach(this::addMaterialRow);
        if (session.materials().isEmpty()) {
            addMaterialRow(null);
        }
        var hint = new Paragraph(session.status().isUpcoming()
                ? "Saving marks the session as held." : "The session is held; you can add to its wrap-up.");
        hint.addClassName("planner-muted");
        add(hint, cameToIt, takeaways, new H4("Action items"), itemRows, addItem, new H4("Materials"), materialRows, addMaterial);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(step, after));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    ItemRowFields addItemRow() {
        var row = new ItemRowFields(members, defaultDue);
        items.add(row);
        itemRows.add(row.layout);
        row.remove.addClickListener(e -> {
            items.remove(row);
            itemRows.remove(row.layout);
        });
        return row;
    }

    MaterialRowFields addMaterialRow(Material material) {
        var row = new MaterialRowFields(material);
        materials.add(row);
        materialRows.add(row.layout);
        row.remove.addClickListener(e -> {
            materials.remove(row);
            materialRows.remove(row.layout);
        });
        return row;
    }

    private void save(Function<SessionWrapUp, SessionDetails> step, Runnable after) {
        // Rows left empty are ignored; the rest are numbered as sent, so the service's field keys find them.
        List<ItemRowFields> sentItems = items.stream().filter(r -> !r.blank()).toList();
        List<MaterialRowFields> sentMaterials = materials.stream().filter(r -> !r.blank()).toList();
        messages.clear();
        items.forEach(ItemRowFields::clear);
        materials.forEach(MaterialRowFields::clear);
        boolean unreadableDate = false;
        for (ItemRowFields row : sentItems) { // every row, so each unreadable date gets its message at once
            unreadableDate |= DateFields.refuseUnreadable(row.due, ItemEditDialog.UNREADABLE_DUE);
        }
        if (unreadableDate) {
            return;
        }
        // On a refusal the dialog stays open: nothing typed is lost.
        if (Save.run(() -> step.apply(new SessionWrapUp(takeaways.getValue(),
                        sentItems.stream().map(ItemRowFields::draft).toList(),
                        sentMaterials.stream().map(MaterialRowFields::material).toList(),
                        cameToIt.getValue().stream().map(Presence::personId).collect(Collectors.toSet()))),
                problem -> show(problem, sentItems, sentMaterials)).isPresent()) {
            close();
            Notices.done("Wrapped up: " + sentItems.size() + (sentItems.size() == 1 ? " action item" : " action items")
                    + " written down.");
            after.run();
        }
    }

    private String show(InvalidInputException problem, List<ItemRowFields> sentItems,
                        List<MaterialRowFields> sentMaterials) {
        var rest = new StringBuilder();
        problem.fieldErrors().forEach((key, message) -> {
            HasValidation field = fieldFor(key, sentItems, sentMaterials);
            if (field == null) {
                rest.append(rest.isEmpty() ? "" : " ").append(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return rest.toString();
    }

    private HasValidation fieldFor(String key, List<ItemRowFields> sentItems, List<MaterialRowFields> sentMaterials) {
        if (key.equals("takeaways")) {
            return takeaways;
        }
        if (key.equals("attended")) {
            return cameToIt;
        }
        String[] parts = key.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        int index = Integer.parseInt(parts[1]);
        if (parts[0].equals("items") && index < sentItems.size()) {
            return sentItems.get(index).field(parts[2]);
        }
        if (parts[0].equals("materials") && index < sentMaterials.size()) {
            return sentMaterials.get(index).field(parts[2]);
        }
        return null;
    }

    /** One action item being written down. */
    static final class ItemRowFields {
        final TextField description = new TextField();
        final ComboBox<Option> owner = new ComboBox<>();
        final DatePicker due = DateFields.picker();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        final HorizontalLayout layout;

        ItemRowFields(List<Option> members, LocalDate defaultDue) {
            description.setPlaceholder("What will be done?");
            description.setMaxLength(500);
            description.setAriaLabel("Action item");
            owner.setPlaceholder("Owner");
            owner.setAriaLabel("Owner");
            owner.setItems(members);
            owner.setItemLabelGenerator(Option::label);
            due.setValue(defaultDue);
            due.setAriaLabel("Due");
            due.setWidth("11em");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("Remove this action item");
            layout = new HorizontalLayout(description, owner, due, remove);
            layout.setWidthFull();
            layout.setFlexGrow(1, description);
        }

        boolean blank() {
            return description.getValue().isBlank() && owner.getValue() == null;
        }

        ActionItemDraft draft() {
            return new ActionItemDraft(description.getValue(), owner.getValue() == null ? null : owner.getValue().id(),
                    due.getValue());
        }

        HasValidation field(String name) {
            return switch (name) {
                case "description" -> description;
                case "ownerId" -> owner;
                case "dueOn" -> due;
                default -> null;
            };
        }

        void clear() {
            description.setInvalid(false);
            owner.setInvalid(false);
            due.setInvalid(false);
        }
    }

    /** One material link. */
    static final class MaterialRowFields {
        final TextField label = new TextField();
        final TextField url = new TextField();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        final HorizontalLayout layout;

        MaterialRowFields(Material material) {
            label.setPlaceholder("Slides, Recording, …");
            label.setAriaLabel("Label");
            label.setMaxLength(120);
            url.setPlaceholder("https://…");
            url.setAriaLabel("Link");
            url.setMaxLength(1000);
            if (material != null) {
                label.setValue(material.label());
                url.setValue(material.url());
            }
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("Remove this link");
            layout = new HorizontalLayout(label, url, remove);
            layout.setWidthFull();
            layout.setFlexGrow(1, url);
        }

        boolean blank() {
            return label.getValue().isBlank() && url.getValue().isBlank();
        }

        Material material() {
            return new Material(label.getValue().strip(), url.getValue().strip());
        }

        HasValidation field(String name) {
            return switch (name) {
                case "label" -> label;
                case "url" -> url;
                default -> null;
            };
        }

        void clear() {
            label.setInvalid(false);
            url.setInvalid(false);
        }
    }
}
