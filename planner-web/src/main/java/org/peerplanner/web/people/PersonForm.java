package org.peerplanner.web.people;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.List;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.TimeZones;

/**
 * Edits a person's profile. Owns its Binder; fires {@link SaveEvent} with the finished profile and
 * {@link CancelEvent}. Knows nothing of services, so it is tested without Spring.
 */
public class PersonForm extends VerticalLayout {

    final TextField fullName = new TextField("Name");
    final EmailField email = new EmailField("Email");
    final ComboBox<ZoneId> timeZone = TimeZones.picker("Time zone");
    final SkillsEditor skills = new SkillsEditor();
    final AbsencesEditor absences = new AbsencesEditor();
    final Checkbox mentoringAvailable = new Checkbox("Available for mentoring");
    final IntegerField mentoringCapacity = new IntegerField("Mentees at most");
    final TextArea mentoringTopics = new TextArea("I can mentor on");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");

    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final FieldMessages messages = new FieldMessages();
    private final FormLayout mentoring;

    public PersonForm() {
        setPadding(false);
        fullName.setMaxLength(120);
        fullName.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        mentoringCapacity.setMin(0);
        mentoringCapacity.setMax(20);
        mentoringCapacity.setStepButtonsVisible(true);
        mentoringTopics.setMaxLength(500);
        mentoringAvailable.addValueChangeListener(e -> {
            mentoringCapacity.setEnabled(e.getValue());
            mentoringTopics.setEnabled(e.getValue());
            if (e.getValue() && (mentoringCapacity.getValue() == null || mentoringCapacity.getValue() == 0)) {
                mentoringCapacity.setValue(1);
            }
        });

        binder.forField(fullName).asRequired("Enter a name.").bind(Draft::getFullName, Draft::setFullName);
        binder.forField(email).asRequired("Enter an email address.").bind(Draft::getEmail, Draft::setEmail);
        binder.forField(timeZone).asRequired("Choose a time zone.").bind(Draft::getTimeZone, Draft::setTimeZone);
        binder.forField(skills).bind(Draft::getSkills, Draft::setSkills);
        binder.forField(absences).bind(Draft::getAbsences, Draft::setAbsences);
        binder.forField(mentoringAvailable).bind(Draft::isMentoringAvailable, Draft::setMentoringAvailable);
        binder.forField(mentoringCapacity).bind(Draft::getMentoringCapacity, Draft::setMentoringCapacity);
        binder.forField(mentoringTopics).bind(Draft::getMentoringTopics, Draft::setMentoringTopics);
        messages.bind("fullName", fullName).bind("email", email).bind("timeZone", timeZone).bind("skills", skills)
                .bind("absences", absences).bind("mentoringCapacity", mentoringCapacity)
                .bind("mentoringTopics", mentoringTopics);

        var identity = new FormLayout(fullName, email, timeZone);
        var mentoring = new FormLayout(mentoringAvailable, mentoringCapacity, mentoringTopics);
        mentoring.setColspan(mentoringTopics, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        this.mentoring = mentoring;
        add(identity, skills, absences, mentoring, new HorizontalLayout(save, cancel));
    }

    /**
     * On one's own profile the mentor offer section edits these (with the offer's rules), so the form only carries
     * them through unchanged.
     */
    public void setMentoringVisible(boolean visible) {
        mentoring.setVisible(visible);
    }

    public void edit(PersonProfile profile) {
        messages.clear();
        binder.readBean(Draft.of(profile));
        mentoringCapacity.setEnabled(profile.mentoringAvailable());
        mentoringTopics.setEnabled(profile.mentoringAvailable());
    }

    /** Shows the service's verdict next to the fields; returns what has no field. */
    public String showProblems(InvalidInputException e) {
        return messages.show(e);
    }

    public void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        cancel.setVisible(editable);
    }

    public void setCancelVisible(boolean visible) {
        cancel.setVisible(visible);
    }

    private void validateAndSave() {
        var draft = new Draft();
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft.toProfile()));
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<PersonForm> {
        private final PersonProfile profile;

        SaveEvent(PersonForm source, PersonProfile profile) {
            super(source, false);
            this.profile = profile;
        }

        public PersonProfile profile() {
            return profile;
        }
    }

    public static class CancelEvent extends ComponentEvent<PersonForm> {
        CancelEvent(PersonForm source) {
            super(source, false);
        }
    }

    /** The form's working copy; a profile record is made from it only on save. */
    public static class Draft {
        private String fullName = "";
        private String email = "";
        private ZoneId timeZone;
        private List<Skill> skills = List.of();
        private List<Absence> absences = List.of();
        private boolean mentoringAvailable;
        private Integer mentoringCapacity = 0;
        private String mentoringTopics = "";

        static Draft of(PersonProfile p) {
            var d = new Draft();
            d.fullName = p.fullName();
            d.email = p.email();
            d.timeZone = p.timeZone();
            d.skills = p.skills();
            d.absences = p.absences();
            d.mentoringAvailable = p.mentoringAvailable();
            d.mentoringCapacity = p.mentoringCapacity();
            d.mentoringTopics = p.mentoringTopics() == null ? "" : p.mentoringTopics();
            return d;
        }

        PersonProfile toProfile() {
            return new PersonProfile(fullName, email, timeZone, skills, absences, mentoringAvailable,
                    mentoringCapacity == null ? 0 : mentoringCapacity, mentoringTopics);
        }

        public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public ZoneId getTimeZone() { return timeZone; }
        public void setTimeZone(ZoneId v) { timeZone = v; }
        public List<Skill> getSkills() { return skills; }
        public void setSkills(List<Skill> v) { skills = v == null ? List.of() : v; }
        public List<Absence> getAbsences() { return absences; }
        public void setAbsences(List<Absence> v) { absences = v == null ? List.of() : v; }
        public boolean isMentoringAvailable() { return mentoringAvailable; }
        public void setMentoringAvailable(boolean v) { mentoringAvailable = v; }
        public Integer getMentoringCapacity() { return mentoringCapacity; }
        public void setMentoringCapacity(Integer v) { mentoringCapacity = v; }
        public String getMentoringTopics() { return mentoringTopics; }
        public void setMentoringTopics(String v) { mentoringTopics = v; }
    }
}
