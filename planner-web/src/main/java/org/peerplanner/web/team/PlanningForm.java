package org.peerplanner.web.team;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.team.Blackout;
import org.peerplanner.domain.team.PlanningSettings;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.PeriodListEditor;

/** How the team plans: the rotating format mix, newcomers' grace period, reminders and blackout days. */
public class PlanningForm extends VerticalLayout {

    static final int MIX_SLOTS = 8;

    final List<Select<SessionFormat>> mix = new ArrayList<>();
    final IntegerField graceWeeks = new IntegerField("Grace period for newcomers (weeks)");
    final IntegerField alarmMinutes = new IntegerField("Calendar reminder (minutes before)");
    final PeriodListEditor<Blackout> blackouts = new PeriodListEditor<>("Blackout days (holidays, release weeks)",
            "Add blackout", "No blackout days.", Blackout::new, Blackout::startsOn, Blackout::endsOn, Blackout::reason);
    final Button save = new Button("Save planning settings");

    private final FieldMessages messages = new FieldMessages();

    public PlanningForm() {
        setPadding(false);
        var mixRow = new HorizontalLayout();
        mixRow.setWrap(true);
        for (int i = 0; i < MIX_SLOTS; i++) {
            var slot = new Select<SessionFormat>();
            slot.setLabel("Slot " + (i + 1));
            slot.setItems(SessionFormat.values());
            slot.setItemLabelGenerator(f -> f == null ? "—" : f.label());
            slot.setEmptySelectionAllowed(true);
            slot.setEmptySelectionCaption("—");
            slot.setWidth("11em");
            mix.add(slot);
            mixRow.add(slot);
        }
        graceWeeks.setMin(0);
        graceWeeks.setMax(26);
        graceWeeks.setStepButtonsVisible(true);
        alarmMinutes.setMin(0);
        alarmMinutes.setMax(1440);
        alarmMinutes.setStep(5);
        alarmMinutes.setStepButtonsVisible(true);
        messages.bind("graceWeeks", graceWeeks).bind("alarmMinutes", alarmMinutes).bind("blackouts", blackouts)
                .bind("formatMix", mix.getFirst());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, settings())));
        var numbers = new FormLayout(graceWeeks, alarmMinutes);
        add(new H3("Planning"), mixRow, numbers, blackouts, save);
    }

    public void edit(PlanningSettings settings) {
        messages.clear();
        for (int i = 0; i < MIX_SLOTS; i++) {
            mix.get(i).setValue(i < settings.formatMix().size() ? settings.formatMix().get(i) : null);
        }
        graceWeeks.setValue(settings.graceWeeks());
        alarmMinutes.setValue(settings.alarmMinutes());
        blackouts.setValue(settings.blackouts());
    }

    PlanningSettings settings() {
        var formats = mix.stream().map(Select::getValue).filter(Objects::nonNull).toList();
        return new PlanningSettings(graceWeeks.getValue() == null ? -1 : graceWeeks.getValue(), formats,
                alarmMinutes.getValue() == null ? -1 : alarmMinutes.getValue(), blackouts.getValue());
    }

    public String showProblems(InvalidInputException e) {
        return messages.show(e);
    }

    public void setEditable(boolean editable) {
        mix.forEach(s -> s.setReadOnly(!editable));
        graceWeeks.setReadOnly(!editable);
        alarmMinutes.setReadOnly(!editable);
        blackouts.setReadOnly(!editable);
        save.setVisible(editable);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<PlanningForm> {
        private final PlanningSettings settings;

        SaveEvent(PlanningForm source, PlanningSettings settings) {
            super(source, false);
            this.settings = settings;
        }

        public PlanningSettings settings() {
            return settings;
        }
    }
}
