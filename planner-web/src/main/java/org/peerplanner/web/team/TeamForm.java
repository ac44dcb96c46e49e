package org.peerplanner.web.team;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.TeamSettings;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.TimeZones;
import org.peerplanner.web.common.DateFields;

/** A team's name, time zone, usual session slot, cadence and place. Fires save and cancel events. */
public class TeamForm extends VerticalLayout {

    final TextField name = new TextField("Team name");
    final ComboBox<ZoneId> timeZone = TimeZones.picker("Time zone");
    final Select<DayOfWeek> slotDay = new Select<>();
    final TimePicker slotStart = new TimePicker("Starts at");
    final IntegerField slotMinutes = new IntegerField("Minutes");
    final Select<Cadence> cadence = new Select<>();
    final IntegerField sprintWeeks = new IntegerField("Sprint length (weeks)");
    final DatePicker sprintStart = DateFields.picker("A sprint's first day");
    final TextField defaultLocation = new TextField("Room or video link");
    final Button save = new Button("Save team");
    final Button cancel = new Button("Cancel");

    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final FieldMessages messages = new FieldMessages();

    public TeamForm() {
        setPadding(false);
        name.setMaxLength(80);
        slotDay.setLabel("Weekday");
        slotDay.setItems(DayOfWeek.values());
        slotDay.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        slotStart.setStep(Duration.ofMinutes(15));
        slotMinutes.setMin(15);
        slotMinutes.setMax(240);
        slotMinutes.setStep(15);
        slotMinutes.setStepButtonsVisible(true);
        cadence.setLabel("Cadence");
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(Cadence::label);
        sprintWeeks.setMin(1);
        sprintWeeks.setMax(8);
        sprintWeeks.setStepButtonsVisible(true);
        defaultLocation.setMaxLength(500);
        cadence.addValueChangeListener(e -> showSprintFields(e.getValue() == Cadence.EVERY_SPRINT));
        showSprintFields(false);

        binder.forField(name).asRequired("Enter a team name.").bind(Draft::getName, Draft::setName);
        binder.forField(timeZone).asRequired("Choose the team's time zone.").bind(Draft::getTimeZone, Draft::setTimeZone);
        binder.forField(slotDay).asRequired("Choose a weekday.").bind(Draft::getSlotDay, Draft::setSlotDay);
        binder.forField(slotStart).asRequired("Enter a start time.").bind(Draft::getSlotStart, Draft::setSlotStart);
        binder.forField(slotMinutes).asRequired("Enter how long sessions last.").bind(Draft::getSlotMinutes, Draft::setSlotMinutes);
        binder.forField(cadence).asRequired("Choose a cadence.").bind(Draft::getCadence, Draft::setCadence);
        binder.forField(sprintWeeks).bind(Draft::getSprintWeeks, Draft::setSprintWeeks);
        binder.forField(sprintStart).bind(Draft::getSprintStart, Draft::setSprintStart);
        binder.forField(defaultLocation).bind(Draft::getDefaultLocation, Draft::setDefaultLocation);
        // A select offers no empty choice and these start on a value, so they need no required mark; on a select
        // the mark puts aria-required on a button, which ARIA does not allow (axe: aria-allowed-attr, critical).
        slotDay.setRequiredIndicatorVisible(false);
        cadence.setRequiredIndicatorVisible(false);
        messages.bind("name", name).bind("timeZone", timeZone).bind("slotDay", slotDay).bind("slotStart", slotStart)
                .bind("slotMinutes", slotMinutes).bind("cadence", cadence).bind("sprintWeeks", sprintWeeks)
                .bind("sprintStart", sprintStart).bind("defaultLocation", defaultLocation);

        var layout = new FormLayout(name, timeZone, slotDay, slotStart, slotMinutes, cadence, sprintWeeks, sprintStart,
                defaultLocation);
        layout.setColspan(defaultLocation, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var draft = new Draft();
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft.toSettings()));
            }
        });
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(layout, new HorizontalLayout(save, cancel));
    }

    /** A new team starts on the viewer's zone, weekly, Tuesdays 12:00 for 45 minutes. */
    public static TeamSettings defaults(ZoneId zone) {
        return new TeamSettings("", zone, DayOfWeek.TUESDAY, LocalTime.NOON, 45, Cadence.WEEKLY, null, null, null);
    }

    public void edit(TeamSettings settings) {
        messages.clear();
        binder.readBean(Draft.of(settings));
        showSprintFields(settings.cadence() == Cadence.EVERY_SPRINT);
    }

    public String showProblems(InvalidInputException e) {
        return messages.show(e);
    }

    public void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        save.setVisible(editable);
    }

    private void showSprintFields(boolean visible) {
        sprintWeeks.setVisible(visible);
        sprintStart.setVisible(visible);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<TeamForm> {
        private final TeamSettings settings;

        SaveEvent(TeamForm source, TeamSettings settings) {
            super(source, false);
            this.settings = settings;
        }

        public TeamSettings settings() {
            return settings;
        }
    }

    public static class CancelEvent extends ComponentEvent<TeamForm> {
        CancelEvent(TeamForm source) {
            super(source, false);
        }
    }

    public static class Draft {
        private String name = "";
        private ZoneId timeZone;
        private DayOfWeek slotDay;
        private LocalTime slotStart;
        private Integer slotMinutes;
        private Cadence cadence;
        private Integer sprintWeeks;
        private LocalDate sprintStart;
        private String defaultLocation = "";

        static Draft of(TeamSettings s) {
            var d = new Draft();
            d.name = s.name();
            d.timeZone = s.timeZone();
            d.slotDay = s.slotDay();
            d.slotStart = s.slotStart();
            d.slotMinutes = s.slotMinutes();
            d.cadence = s.cadence();
            d.sprintWeeks = s.sprintWeeks();
            d.sprintStart = s.sprintStart();
            d.defaultLocation = s.defaultLocation() == null ? "" : s.defaultLocation();
            return d;
        }

        TeamSettings toSettings() {
            boolean sprint = cadence == Cadence.EVERY_SPRINT;
            return new TeamSettings(name, timeZone, slotDay, slotStart, slotMinutes == null ? 0 : slotMinutes, cadence,
                    sprint ? sprintWeeks : null, sprint ? sprintStart : null, defaultLocation);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public ZoneId getTimeZone() { return timeZone; }
        public void setTimeZone(ZoneId v) { timeZone = v; }
        public DayOfWeek getSlotDay() { return slotDay; }
        public void setSlotDay(DayOfWeek v) { slotDay = v; }
        public LocalTime getSlotStart() { return slotStart; }
        public void setSlotStart(LocalTime v) { slotStart = v; }
        public Integer getSlotMinutes() { return slotMinutes; }
        public void setSlotMinutes(Integer v) { slotMinutes = v; }
        public Cadence getCadence() { return cadence; }
        public void setCadence(Cadence v) { cadence = v; }
        public Integer getSprintWeeks() { return sprintWeeks; }
        public void setSprintWeeks(Integer v) { sprintWeeks = v; }
        public LocalDate getSprintStart() { return sprintStart; }
        public void setSprintStart(LocalDate v) { sprintStart = v; }
        public String getDefaultLocation() { return defaultLocation; }
        public void setDefaultLocation(String v) { defaultLocation = v; }
    }
}
