package org.peerplanner.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.peerplanner.domain.people.Skill;

/** Skills with a proficiency from 1 to 5, added and removed in place. */
public class SkillsEditor extends CustomField<List<Skill>> {

    static final List<String> LEVELS = List.of("", "1 · beginner", "2 · can follow", "3 · works with it",
            "4 · experienced", "5 · can teach it");

    private final List<Skill> skills = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    final TextField newName = new TextField();
    final Select<Integer> newLevel = new Select<>();
    final Button add = new Button("Add skill", VaadinIcon.PLUS.create());
    private boolean readOnly;

    public SkillsEditor() {
        setLabel("Skills");
        rows.setPadding(false);
        rows.setSpacing(false);
        newName.setPlaceholder("e.g. Kafka");
        newName.setMaxLength(80);
        newName.setAriaLabel("New skill");
        newLevel.setItems(1, 2, 3, 4, 5);
        newLevel.setItemLabelGenerator(LEVELS::get);
        newLevel.setValue(3);
        newLevel.setAriaLabel("Proficiency");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addSkill());
        newName.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> addSkill());
        var adder = new HorizontalLayout(newName, newLevel, add);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        var content = new VerticalLayout(rows, adder);
        content.setPadding(false);
        add(content);
    }

    private void addSkill() {
        if (newName.getValue().isBlank() || newLevel.getValue() == null) {
            newName.setErrorMessage("Name the skill and choose a level.");
            newName.setInvalid(true);
            return;
        }
        newName.setInvalid(false);
        var skill = new Skill(newName.getValue(), newLevel.getValue());
        skills.removeIf(s -> s.key().equals(skill.key()));
        skills.add(skill);
        newName.clear();
        render();
        updateValue();
    }

    private void render() {
        rows.removeAll();
        if (skills.isEmpty()) {
            var none = new Span("No skills yet.");
            none.addClassName("planner-muted");
            rows.add(none);
        }
        for (Skill skill : skills) {
            var label = new Span(skill.name() + " — " + LEVELS.get(skill.proficiency()));
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                skills.remove(skill);
                render();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + skill.name());
            remove.setVisible(!readOnly);
            var row = new HorizontalLayout(label, remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            rows.add(row);
        }
    }

    @Override
    protected List<Skill> generateModelValue() {
        return List.copyOf(skills);
    }

    @Override
    protected void setPresentationValue(List<Skill> value) {
        skills.clear();
        if (value != null) {
            skills.addAll(value);
        }
        render();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        this.readOnly = readOnly;
        newName.setVisible(!readOnly);
        newLevel.setVisible(!readOnly);
        add.setVisible(!readOnly);
        render();
    }
}
